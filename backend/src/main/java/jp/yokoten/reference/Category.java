package jp.yokoten.reference;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A business domain (子育て・保育, 防災, 税務, …). */
@Entity
@Table(name = "category")
public class Category extends PanacheEntityBase {
    @Id
    public String slug;

    @Column(name = "name_ja", nullable = false)
    public String nameJa;

    @Column(name = "name_en", nullable = false)
    public String nameEn;

    @Column(nullable = false)
    public int position;
}
