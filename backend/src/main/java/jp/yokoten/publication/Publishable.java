package jp.yokoten.publication;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The columns every publishable item has: owning ward, life-cycle status, title, authorship, timestamps and
 * {@code lockVersion}, which is its ETag. The tables of the kinds repeat these columns; the mapping is here once.
 */
@MappedSuperclass
public abstract class Publishable extends PanacheEntityBase {
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

    /** The strong ETag of the current state, quoted as in the header. */
    public String etag() {
        return "\"" + lockVersion + "\"";
    }
}
