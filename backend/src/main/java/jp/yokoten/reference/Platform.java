package jp.yokoten.reference;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A no-code platform a template is built on (kintone, Power Apps, …). */
@Entity
@Table(name = "platform")
public class Platform extends PanacheEntityBase {
    @Id
    public String slug;

    @Column(name = "name_ja", nullable = false)
    public String nameJa;

    @Column(name = "name_en", nullable = false)
    public String nameEn;

    @Column(nullable = false)
    public int position;
}
