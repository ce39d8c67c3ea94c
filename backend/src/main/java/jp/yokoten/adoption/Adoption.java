package jp.yokoten.adoption;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** Ward X adopted template T (version V): one per ward and template; recording again updates it. */
@Entity
@Table(name = "adoption")
public class Adoption extends PanacheEntityBase {
    @EmbeddedId
    public Key key;

    @Column(name = "version_id", nullable = false)
    public UUID versionId;

    @Column(nullable = false)
    public String status;

    @Column(name = "adopted_on", nullable = false)
    public LocalDate adoptedOn;

    @Column(name = "hours_saved_per_year")
    public BigDecimal hoursSavedPerYear;

    public String note;

    /** The adopting ward is not the template's owner (SPEC §1 KPI); fixed when first recorded. */
    @Column(name = "cross_ward", nullable = false, updatable = false)
    public boolean crossWard;

    /** ward (recorded by the ward) or hearing (by a reviewer/admin from a hearing survey, SPEC §13). */
    @Column(nullable = false)
    public String source;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Embeddable
    public record Key(@Column(name = "ward") String ward, @Column(name = "template_id") UUID templateId) implements Serializable {}
}
