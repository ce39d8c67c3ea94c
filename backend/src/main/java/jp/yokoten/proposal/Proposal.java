package jp.yokoten.proposal;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A proposal as its author and its ward's publishers change it. The support counts and search tokens are not
 * mapped: supports change them with single SQL updates, so a support never bumps the version an editor holds.
 */
@Entity
@Table(name = "proposal")
public class Proposal extends PanacheEntityBase {
    @Id
    public UUID id;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public String problem;

    @Column(nullable = false)
    public String idea;

    @Column(name = "expected_hours_saved_per_year")
    public BigDecimal expectedHoursSavedPerYear;

    public String category;

    @Column(name = "process_id")
    public UUID processId;

    @Column(nullable = false)
    public boolean anonymous;

    @Column(name = "author_subject", nullable = false, updatable = false)
    public String authorSubject;

    @Column(name = "author_name", nullable = false, updatable = false)
    public String authorName;

    @Column(name = "author_ward", nullable = false, updatable = false)
    public String authorWard;

    @Column(nullable = false)
    public String status;

    public String answer;

    @Column(name = "template_id")
    public UUID templateId;

    @Column(name = "duplicate_of")
    public UUID duplicateOf;

    @Column(name = "created_at", nullable = false, updatable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Version
    @Column(name = "lock_version", nullable = false)
    public int lockVersion;
}
