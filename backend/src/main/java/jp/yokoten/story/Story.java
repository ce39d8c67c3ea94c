package jp.yokoten.story;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A success story (成功事例): a ward's account of what a template changed, with before/after figures. */
@Entity
@Table(name = "story")
public class Story extends PanacheEntityBase {
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

    /** Markdown exactly as written; rendering and sanitising belong to the SPA. */
    @Column(nullable = false)
    public String body;

    @Column(name = "hours_saved_per_year")
    public BigDecimal hoursSavedPerYear;

    @Column(name = "cost_saved_yen")
    public Long costSavedYen;

    @Column(name = "development_days")
    public Integer developmentDays;

    @Column(name = "residents_reached")
    public Integer residentsReached;

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
