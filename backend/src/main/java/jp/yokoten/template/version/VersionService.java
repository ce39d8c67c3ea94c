package jp.yokoten.template.version;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import jp.yokoten.audit.AuditService;
import jp.yokoten.common.config.Clocks;
import jp.yokoten.common.error.Conflict;
import jp.yokoten.common.error.Forbidden;
import jp.yokoten.common.error.Gone;
import jp.yokoten.common.error.InvalidInput;
import jp.yokoten.common.error.NotFound;
import jp.yokoten.common.paging.Page;
import jp.yokoten.common.paging.PageRequest;
import jp.yokoten.common.sql.ReadModels;
import jp.yokoten.common.security.CurrentUser;
import jp.yokoten.file.StoredFile;
import jp.yokoten.governance.FindingCounts;
import jp.yokoten.governance.FindingService;
import jp.yokoten.governance.FindingView;
import jp.yokoten.publication.Publications;
import jp.yokoten.publication.Visibility;
import jp.yokoten.template.Template;
import jp.yokoten.usage.UsageService;

/**
 * A template's versions (SPEC §3): the list, download, withdrawal, findings and their justifications, and the
 * version side of submission and decision. Visibility: approved versions for everyone who sees the template,
 * every version for the owning ward's publishers and overseers; to anybody else the others do not exist.
 */
@ApplicationScoped
public class VersionService {
    static final String TYPE = "template";

    @Inject
    Publications publications;

    @Inject
    Visibility visibility;

    @Inject
    VersionUploads uploads;

    @Inject
    FindingService findings;

    @Inject
    UsageService usage;

    @Inject
    AuditService audit;

    @Inject
    CurrentUser user;

    @Inject
    ReadModels read;

    /** See {@link VersionUploads#upload}. */
    public VersionView upload(UUID id, String versionText, String changelog, Path file, String fileName) throws IOException {
        return uploads.upload(id, versionText, changelog, file, fileName);
    }

    /** The columns of a version list item, read by {@link VersionView#row}. */
    static final String LIST_COLUMNS = "SELECT id, version, status, changelog, file_name, media_type, file_size, file_sha256, "
            + "created_at, approved_at, withdrawn_at, withdrawn_reason";

    /** Versions newest first (a read model: plain SQL, no entities), every one for insiders, else approved ones. */
    public Page<VersionView> versions(UUID id, PageRequest paging) {
        Template t = publications.visible(Template.KIND, id, false);
        String from = "FROM template_version WHERE template_id = ?" + (seesDrafts(t) ? "" : " AND status = 'approved'");
        Page<Listed> page = read.page(LIST_COLUMNS, from, "major DESC, minor DESC, patch DESC", paging,
                rs -> new Listed(rs.getObject("id", UUID.class), VersionView.row(rs)), t.id);
        Map<UUID, FindingCounts> counts = findings.counts(page.items().stream().map(Listed::id).toList());
        return new Page<>(page.items().stream().map(l -> l.view().withFindings(counts.getOrDefault(l.id(), FindingCounts.NONE)))
                .toList(), page.page(), page.size(), page.total());
    }

    private record Listed(UUID id, VersionView view) {}

    /** The file of a version; the download is logged in the same transaction, before any byte is sent. */
    @Transactional
    public DownloadableFile file(UUID id, String version) {
        TemplateVersion v = visibleVersion(publications.visible(Template.KIND, id, false), version);
        if ("withdrawn".equals(v.status)) {
            throw new Gone("Version " + v.version + " was withdrawn: " + v.withdrawnReason);
        }
        usage.record("download", id, v.version);
        return new DownloadableFile(new StoredFile(v.fileId, v.fileSize, v.fileSha256), v.fileName, v.mediaType);
    }

    @Transactional
    public VersionView withdraw(UUID id, String version, String reason) {
        Template t = publications.visible(Template.KIND, id, true);
        if (!visibility.insider(t.ownerWard) && !user.hasRole(CurrentUser.REVIEWER)) {
            throw new Forbidden("Only publishers of the owning ward and reviewers may withdraw a version.");
        }
        TemplateVersion v = visibleVersion(t, version);
        if (!"approved".equals(v.status)) {
            throw new Conflict("Only approved versions can be withdrawn; version " + v.version + " is " + v.status + ".");
        }
        v.status = "withdrawn";
        v.withdrawnAt = Clocks.now();
        v.withdrawnReason = reason.strip();
        audit.record("version.withdrawn", TYPE, t.id, Map.of("version", v.version, "versionStatus", "approved"),
                Map.of("version", v.version, "versionStatus", v.status, "reason", v.withdrawnReason));
        return VersionView.of(v, findings.counts(List.of(v.id)).getOrDefault(v.id, FindingCounts.NONE));
    }

    /** The governance findings of a version, for everyone who may see the version (excerpts are masked). */
    public Page<FindingView> findings(UUID id, String version, PageRequest paging) {
        return findings.list(visibleVersion(publications.visible(Template.KIND, id, false), version).id, paging);
    }

    /** A publisher of the owning ward explains a finding; only before the version is submitted or after rejection. */
    @Transactional
    public FindingView justify(UUID id, String version, UUID findingId, String justification) {
        Template t = publications.ownedForUpdate(Template.KIND, id);
        TemplateVersion v = visibleVersion(t, version);
        if (!"draft".equals(v.status) && !"rejected".equals(v.status)) {
            throw new Conflict("Findings can be justified while the version is a draft or rejected; version "
                    + v.version + " is " + v.status + ".");
        }
        return findings.justify(t.id, v.version, v.id, findingId, justification);
    }

    /**
     * The version an adoption names: the given one if approved, else the latest approved. Drafts and unknown
     * versions are input errors; a withdrawn version can no longer be adopted.
     */
    public VersionRef adoptableVersion(UUID templateId, String version) {
        if (version == null || version.isBlank()) {
            return TemplateVersion.latestApproved(templateId).map(v -> new VersionRef(v.id, v.version))
                    .orElseThrow(() -> new Conflict("The template has no approved version to adopt."));
        }
        TemplateVersion v = TemplateVersion.named(templateId, version.strip());
        if (v != null && "withdrawn".equals(v.status)) {
            throw new Conflict("Version " + v.version + " was withdrawn and can no longer be adopted: " + v.withdrawnReason);
        }
        if (v == null || !"approved".equals(v.status)) {
            throw new InvalidInput("version", "no approved version " + version.strip() + "; see the template's versions");
        }
        return new VersionRef(v.id, v.version);
    }

    /** The latest approved version's label, shown with the template. */
    public Optional<String> latestApproved(UUID templateId) {
        return TemplateVersion.latestApproved(templateId).map(v -> v.version);
    }

    /**
     * The version a submission puts into review: the newest, if it is a draft or a rejected one being resubmitted,
     * and only once its high findings are justified (409 otherwise).
     */
    public TemplateVersion submitted(Template t) {
        TemplateVersion v = TemplateVersion.highest(t.id).filter(h -> "draft".equals(h.status) || "rejected".equals(h.status))
                .orElseThrow(() -> new Conflict("There is no new version to review: upload a file as a new version first."));
        findings.requireJustified(v.id);
        v.status = "in_review";
        return v;
    }

    /** Who uploaded the version under review: the four-eyes rule keeps them from deciding on it. */
    public String uploader(UUID versionId) {
        TemplateVersion v = versionId == null ? null : TemplateVersion.findById(versionId);
        return v == null ? null : v.createdBy;
    }

    /** The reviewed version after the decision: approved (from {@code at}) or rejected. */
    public TemplateVersion decided(UUID versionId, boolean approves, OffsetDateTime at) {
        TemplateVersion v = TemplateVersion.findById(versionId);
        if (approves) {
            v.status = "approved";
            v.approvedAt = at;
        } else {
            v.status = "rejected";
        }
        return v;
    }

    private boolean seesDrafts(Template t) {
        return visibility.insider(t.ownerWard) || visibility.overseer();
    }

    private TemplateVersion visibleVersion(Template t, String version) {
        TemplateVersion v = TemplateVersion.named(t.id, version);
        if (v == null || !("approved".equals(v.status) || seesDrafts(t))) {
            throw new NotFound("Template " + t.id + " has no version " + version + ".");
        }
        return v;
    }
}
