package jp.yokoten.award;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One award round (one per fiscal year), moved forward through {@link AwardPhase} by admin. */
@Entity
@Table(name = "award_round")
public class AwardRound extends PanacheEntityBase {
    @Id
    public UUID id;

    @Column(name = "fiscal_year", nullable = false, updatable = false)
    public int fiscalYear;

    @Column(nullable = false)
    public String title;

    @Column(name = "entries_close_on", nullable = false)
    public LocalDate entriesCloseOn;

    @Column(name = "judging_closes_on", nullable = false)
    public LocalDate judgingClosesOn;

    @Column(name = "max_entries_per_ward", nullable = false)
    public int maxEntriesPerWard;

    @Column(name = "weight_work_reduction", nullable = false)
    public int weightWorkReduction;

    @Column(name = "weight_resident_service", nullable = false)
    public int weightResidentService;

    @Column(name = "weight_originality", nullable = false)
    public int weightOriginality;

    @Column(nullable = false)
    public String phase;

    @Column(name = "created_at", nullable = false, updatable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Version
    @Column(name = "lock_version", nullable = false)
    public int lockVersion;
}
