package jp.yokoten.certification;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One certification of one person; revoking sets {@code revokedOn} and a reason and keeps the row. */
@Entity
@Table(name = "certification")
public class Certification extends PanacheEntityBase {
    @Id
    public UUID id;

    @Column(nullable = false, updatable = false)
    public String ward;

    /** The person's Keycloak subject when they have an account: it links templates and stories to the mark. */
    @Column(updatable = false)
    public String subject;

    @Column(name = "display_name", nullable = false, updatable = false)
    public String displayName;

    @Column(updatable = false)
    public String department;

    @Column(nullable = false, updatable = false)
    public String level;

    @Column(name = "certified_on", nullable = false, updatable = false)
    public LocalDate certifiedOn;

    @Column(name = "expires_on", updatable = false)
    public LocalDate expiresOn;

    @Column(name = "recorded_by", nullable = false, updatable = false)
    public String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    public OffsetDateTime recordedAt;

    @Column(name = "revoked_on")
    public LocalDate revokedOn;

    @Column(name = "revoked_reason")
    public String revokedReason;

    @Column(name = "revoked_by")
    public String revokedBy;

    @Version
    @Column(name = "lock_version", nullable = false)
    public int lockVersion;
}
