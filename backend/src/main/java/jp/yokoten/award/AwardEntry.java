package jp.yokoten.award;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A ward's entry: one of its published stories or templates, with a statement and, from judging on, evidence. */
@Entity
@Table(name = "award_entry")
public class AwardEntry extends PanacheEntityBase {
    @Id
    public UUID id;

    @Column(name = "round_id", nullable = false, updatable = false)
    public UUID roundId;

    @Column(nullable = false, updatable = false)
    public String ward;

    @Column(name = "subject_type", nullable = false, updatable = false)
    public String subjectType;

    @Column(name = "subject_id", nullable = false, updatable = false)
    public UUID subjectId;

    /** The story's or template's title when entered: results and the CSV name what the committee judged. */
    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public String statement;

    @Column(name = "entered_by", nullable = false, updatable = false)
    public String enteredBy;

    @Column(name = "entered_at", nullable = false, updatable = false)
    public OffsetDateTime enteredAt;

    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, Object> evidence;

    public String prize;
}
