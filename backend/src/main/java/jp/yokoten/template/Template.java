package jp.yokoten.template;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A no-code app template owned by one ward; {@code lockVersion} is its ETag. */
@Entity
@Table(name = "template")
public class Template extends PanacheEntityBase {
    @Id
    public UUID id;

    @Column(name = "owner_ward", nullable = false, updatable = false)
    public String ownerWard;

    @Column(nullable = false)
    public String status;

    @Column(nullable = false)
    public String title;

    @Column(name = "title_en")
    public String titleEn;

    public String summary;
    public String description;

    @Column(nullable = false)
    public String platform;

    @Column(nullable = false)
    public String category;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public List<String> tags;

    public String requirements;

    @Column(name = "personal_data", nullable = false)
    public String personalData;

    @Column(name = "personal_data_note")
    public String personalDataNote;

    @Column(name = "reuse_terms")
    public String reuseTerms;

    @Column(name = "development_started_on")
    public LocalDate developmentStartedOn;

    @Column(name = "released_on")
    public LocalDate releasedOn;

    @Column(name = "hours_saved_per_year")
    public BigDecimal hoursSavedPerYear;

    @Column(name = "derived_from")
    public UUID derivedFrom;

    /** The common business process (共通業務) this template implements, if any. */
    @Column(name = "process_id")
    public UUID processId;

    @Column(name = "created_by", nullable = false, updatable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Column(name = "published_at")
    public OffsetDateTime publishedAt;

    @Column(name = "archived_at")
    public OffsetDateTime archivedAt;

    @Version
    @Column(name = "lock_version", nullable = false)
    public int lockVersion;
}
