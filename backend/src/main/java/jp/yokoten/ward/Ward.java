package jp.yokoten.ward;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One of the 23 special wards; reference data seeded by migration V2. */
@Entity
@Table(name = "ward")
public class Ward extends PanacheEntityBase {
    @Id
    public String slug;

    /** Official six-digit local-government code (全国地方公共団体コード). */
    @Column(nullable = false, unique = true)
    public String code;

    @Column(name = "name_ja", nullable = false)
    public String nameJa;

    @Column(name = "name_en", nullable = false)
    public String nameEn;
}
