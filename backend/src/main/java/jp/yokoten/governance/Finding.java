package jp.yokoten.governance;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One governance finding of a template version, with the publisher's justification once given. */
@Entity
@Table(name = "version_finding")
public class Finding extends PanacheEntityBase {
    @Id
    public UUID id;

    @Column(name = "version_id", nullable = false, updatable = false)
    public UUID versionId;

    @Column(nullable = false, updatable = false)
    public int ordinal;

    @Column(name = "rule_id", nullable = false, updatable = false)
    public String ruleId;

    @Column(nullable = false, updatable = false)
    public String severity;

    @Column(nullable = false, updatable = false)
    public String location;

    /** Masked by the scanner: never the full personal number, token or address. */
    @Column(nullable = false, updatable = false)
    public String excerpt;

    public String justification;

    @Column(name = "justified_by")
    public String justifiedBy;

    @Column(name = "justified_by_name")
    public String justifiedByName;

    @Column(name = "justified_at")
    public OffsetDateTime justifiedAt;
}
