package jp.yokoten.award;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

/** One judge's scores (1–5 per criterion) for one entry; PUT replaces it while the round is judging. */
@Entity
@Table(name = "award_sheet")
public class AwardSheet extends PanacheEntityBase {
    @Id
    public UUID id;

    @Column(name = "entry_id", nullable = false, updatable = false)
    public UUID entryId;

    @Column(nullable = false, updatable = false)
    public String judge;

    @Column(name = "judge_name", nullable = false)
    public String judgeName;

    @Column(name = "work_reduction", nullable = false)
    public short workReduction;

    @Column(name = "resident_service", nullable = false)
    public short residentService;

    @Column(nullable = false)
    public short originality;

    public String comment;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    static Optional<AwardSheet> of(UUID entryId, String judge) {
        return find("entryId = ?1 and judge = ?2", entryId, judge).firstResultOptional();
    }
}
