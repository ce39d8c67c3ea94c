package jp.yokoten.template.version;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import jp.yokoten.audit.AuditService;
import jp.yokoten.common.config.Clocks;
import jp.yokoten.common.error.Conflict;
import jp.yokoten.common.error.InvalidInput;
import jp.yokoten.common.error.Problem;
import jp.yokoten.common.security.CurrentUser;
import jp.yokoten.file.FileStorage;
import jp.yokoten.file.StoredFile;
import jp.yokoten.file.UploadInspector;
import jp.yokoten.governance.FindingCounts;
import jp.yokoten.governance.FindingService;
import jp.yokoten.governance.GovernanceScanner;
import jp.yokoten.publication.Publications;
import jp.yokoten.review.ReviewService;
import jp.yokoten.review.Workflow;
import jp.yokoten.template.Template;

/** A file uploaded as a new draft version of a template: checked, scanned, stored, its findings recorded. */
@ApplicationScoped
public class VersionUploads {
    @Inject
    Publications publications;

    @Inject
    ReviewService reviews;

    @Inject
    UploadInspector inspector;

    @Inject
    FindingService findings;

    @Inject
    FileStorage storage;

    @Inject
    AuditService audit;

    @Inject
    CurrentUser user;

    /**
     * Stores a file as a new draft version. The file is already spooled to disk by the HTTP layer; the slow
     * part (content check and governance scan, which may inflate up to the archive limit) runs on it outside
     * any transaction, so it holds no connection and no lock. Only then does a short write transaction take
     * the template's row lock, check again what may have changed meanwhile (editable, version strictly
     * higher: of parallel uploads of one version exactly one wins) and store file, version and findings.
     */
    public VersionView upload(UUID id, String versionText, String changelog, Path file, String fileName) throws IOException {
        List<Problem.FieldError> errors = new ArrayList<>();
        SemVer parsed = null;
        try {
            parsed = SemVer.parse(versionText, "version");
        } catch (InvalidInput e) {
            errors.add(new Problem.FieldError("version", "must be a semantic version MAJOR.MINOR.PATCH such as 1.0.0"));
        }
        if (changelog != null && (changelog.length() > 5000 || changelog.codePoints()
                .anyMatch(c -> Character.getType(c) == Character.CONTROL && c != '\n' && c != '\r' && c != '\t'))) {
            errors.add(new Problem.FieldError("changelog", "must be at most 5000 characters without control characters"));
        }
        if (file == null) {
            errors.add(new Problem.FieldError("file", "is required"));
        }
        SemVer version = parsed;
        // 1. Who may upload here and whether a new version is possible now: cheap, before the expensive part.
        QuarkusTransaction.joiningExisting().run(() -> {
            Template t = publications.owned(Template.KIND, publications.visible(Template.KIND, id, false));
            if (!errors.isEmpty()) {
                throw new InvalidInput("The upload has invalid fields.", errors);
            }
            requireNewVersionAllowed(t, version);
        });
        // 2. Content check and governance scan over the same archive and limits, no transaction.
        UploadInspector.Inspection inspection = inspector.inspect(file, fileName);
        List<GovernanceScanner.RawFinding> scanned = findings.scan(file, fileName, inspection);
        // 3. Under the row lock: the state again, then the writes.
        try {
            return QuarkusTransaction.joiningExisting().call(() -> {
                Template t = publications.ownedForUpdate(Template.KIND, id);
                requireNewVersionAllowed(t, version);
                return storeVersion(t, version, changelog, file, fileName, inspection.mediaType(), scanned);
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** 409 while the template is in review or archived, or when the version is not above every existing one. */
    private void requireNewVersionAllowed(Template t, SemVer version) {
        if (Workflow.IN_REVIEW.equals(t.status) || Workflow.ARCHIVED.equals(t.status)
                || reviews.pending(t.id).isPresent()) {
            throw new Conflict("New versions cannot be uploaded while the template is in review or archived.");
        }
        Optional<TemplateVersion> highest = TemplateVersion.highest(t.id);
        if (highest.isPresent() && highest.get().semver().compareTo(version) >= 0) {
            throw new Conflict("Version " + version + " is not greater than the latest version " + highest.get().version + ".");
        }
    }

    private VersionView storeVersion(Template t, SemVer version, String changelog, Path file, String fileName, String mediaType,
            List<GovernanceScanner.RawFinding> scanned) {
        StoredFile stored;
        try {
            stored = storage.store(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        TemplateVersion v = new TemplateVersion();
        v.id = UUID.randomUUID();
        v.templateId = t.id;
        v.version = version.toString();
        v.major = version.major();
        v.minor = version.minor();
        v.patch = version.patch();
        v.changelog = changelog;
        v.status = "draft";
        v.fileId = stored.id();
        v.fileSize = stored.size();
        v.fileSha256 = stored.sha256();
        v.fileName = fileName;
        v.mediaType = mediaType;
        v.createdBy = user.subject();
        v.createdAt = Clocks.now();
        v.persist();
        FindingCounts counts = findings.record(v.id, scanned);
        audit.record("version.uploaded", VersionService.TYPE, t.id, null, Map.of("version", v.version, "fileName", fileName,
                "size", stored.size(), "sha256", stored.sha256Hex(), "mediaType", mediaType,
                "findings", Map.of("high", counts.high(), "medium", counts.medium(), "info", counts.info())));
        return VersionView.of(v, counts);
    }
}
