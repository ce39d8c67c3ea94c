package jp.yokoten.review;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One submission of a reviewable object (template or story) and, once decided, its decision. */
@Entity
@Table(name = "review")
public class Review extends PanacheEntityBase {
    @Id
    public UUID id;

    @Column(name = "subject_type", nullable = false, updatable = false)
    public String subjectType;

    @Column(name = "subject_id", nullable = false, updatable = false)
    public UUID subjectId;

    /** The submitted version of a template; null for stories. */
    @Column(name = "subject_version", updatable = false)
    public UUID subjectVersion;

    @Column(name = "owner_ward", nullable = false, updatable = false)
    public String ownerWard;

    @Column(nullable = false, updatable = false)
    public String title;

    @Column(name = "version_label", updatable = false)
    public String versionLabel;

    @Column(name = "submitted_by", nullable = false, updatable = false)
    public String submittedBy;

    @Column(name = "submitted_by_name", nullable = false, updatable = false)
    public String submittedByName;

    @Column(name = "submitted_at", nullable = false, updatable = false)
    public OffsetDateTime submittedAt;

    public String decision;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public List<String> reasons;

    public String comment;

    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "decided_by_name")
    public String decidedByName;

    @Column(name = "decided_at")
    public OffsetDateTime decidedAt;
}
