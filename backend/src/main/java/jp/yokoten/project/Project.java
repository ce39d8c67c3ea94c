package jp.yokoten.project;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A joint project of several wards on one common process; member wards, members, milestones live in side tables. */
@Entity
@Table(name = "project")
public class Project extends PanacheEntityBase {
    @Id
    public UUID id;

    @Column(name = "process_id", nullable = false, updatable = false)
    public UUID processId;

    @Column(nullable = false)
    public String title;

    public String goal;

    /** The current standard flow (Markdown); every saved version is in project_flow_version. */
    @Column(nullable = false)
    public String flow;

    @Column(name = "flow_version", nullable = false)
    public int flowVersion;

    @Column(name = "created_by", nullable = false, updatable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Version
    @Column(name = "lock_version", nullable = false)
    public int lockVersion;
}
