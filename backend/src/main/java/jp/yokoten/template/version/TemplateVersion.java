package jp.yokoten.template.version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

/** One uploaded file of a template under a semantic version; approved versions never change. */
@Entity
@Table(name = "template_version")
public class TemplateVersion extends PanacheEntityBase {
    @Id
    public UUID id;

    @Column(name = "template_id", nullable = false, updatable = false)
    public UUID templateId;

    @Column(nullable = false, updatable = false)
    public String version;

    @Column(nullable = false, updatable = false)
    public int major;

    @Column(nullable = false, updatable = false)
    public int minor;

    @Column(nullable = false, updatable = false)
    public int patch;

    @Column(updatable = false)
    public String changelog;

    @Column(nullable = false)
    public String status;

    @Column(name = "file_id", nullable = false, updatable = false)
    public UUID fileId;

    @Column(name = "file_name", nullable = false, updatable = false)
    public String fileName;

    /** Copied from the stored file (immutable), so version lists need no join. */
    @Column(name = "file_size", nullable = false, updatable = false)
    public long fileSize;

    @Column(name = "file_sha256", nullable = false, updatable = false)
    public byte[] fileSha256;

    @Column(name = "media_type", nullable = false, updatable = false)
    public String mediaType;

    @Column(name = "created_by", nullable = false, updatable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    public OffsetDateTime createdAt;

    @Column(name = "approved_at")
    public OffsetDateTime approvedAt;

    @Column(name = "withdrawn_at")
    public OffsetDateTime withdrawnAt;

    @Column(name = "withdrawn_reason")
    public String withdrawnReason;

    public SemVer semver() {
        return new SemVer(major, minor, patch);
    }

    /** Newest first by semantic version (not by upload time: a 1.0.1 fix may follow 2.0.0). */
    public static Sort newestFirst() {
        return Sort.descending("major", "minor", "patch");
    }

    public static Optional<TemplateVersion> highest(UUID templateId) {
        return TemplateVersion.<TemplateVersion>find("templateId", newestFirst(), templateId).firstResultOptional();
    }

    public static Optional<TemplateVersion> latestApproved(UUID templateId) {
        return TemplateVersion.<TemplateVersion>find("templateId = ?1 and status = 'approved'", newestFirst(), templateId)
                .firstResultOptional();
    }

    public static TemplateVersion named(UUID templateId, String version) {
        return TemplateVersion.<TemplateVersion>find("templateId = ?1 and version = ?2", templateId, version).firstResult();
    }
}
