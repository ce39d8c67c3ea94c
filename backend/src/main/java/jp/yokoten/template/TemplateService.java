package jp.yokoten.template;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import jp.yokoten.audit.AuditService;
import jp.yokoten.common.config.Clocks;
import jp.yokoten.common.error.Conflict;
import jp.yokoten.common.error.Forbidden;
import jp.yokoten.common.error.Gone;
import jp.yokoten.common.error.InvalidInput;
import jp.yokoten.common.error.NotFound;
import jp.yokoten.common.error.Problem;
import jp.yokoten.common.http.Conditional;
import jp.yokoten.common.paging.Page;
import jp.yokoten.common.paging.PageRequest;
import jp.yokoten.common.security.CurrentUser;
import jp.yokoten.file.FileStorage;
import jp.yokoten.file.StoredFile;
import jp.yokoten.file.UploadInspector;
import jp.yokoten.governance.FindingCounts;
import jp.yokoten.governance.FindingService;
import jp.yokoten.governance.FindingView;
import jp.yokoten.governance.GovernanceScanner;
import jp.yokoten.process.ProcessService;
import jp.yokoten.reference.ReferenceService;
import jp.yokoten.review.Review;
import jp.yokoten.review.ReviewDecision;
import jp.yokoten.review.ReviewOutcome;
import jp.yokoten.review.ReviewService;
import jp.yokoten.review.Workflow;
import jp.yokoten.search.SearchDocument;
import jp.yokoten.search.SearchHits;
import jp.yokoten.search.SearchIndex;
import jp.yokoten.search.SearchQuery;
import jp.yokoten.search.SearchService;
import jp.yokoten.stats.FiscalYear;
import jp.yokoten.stats.StatsRollups;
import jp.yokoten.usage.UsageService;
import jp.yokoten.ward.WardService;

/**
 * The template catalog: creation, edits, versions and files, and the review workflow (SPEC §3, §4).
 * Visibility: published templates and approved versions for everyone; everything else only for the owning
 * ward's publishers, reviewers and operators — to anybody else it does not exist (404).
 */
@ApplicationScoped
public class TemplateService {
    static final String TYPE = "template";
    private static final Set<String> PERSONAL_DATA_NEEDS_NOTE = Set.of("contains");

    @Inject
    CurrentUser user;

    @Inject
    AuditService audit;

    @Inject
    ReviewService reviews;

    @Inject
    ReferenceService reference;

    @Inject
    FileStorage storage;

    @Inject
    UploadInspector inspector;

    @Inject
    Validator validator;

    @Inject
    ObjectMapper json;

    @Inject
    SearchIndex searchIndex;

    @Inject
    SearchService search;

    @Inject
    WardService wards;

    @Inject
    ProcessService processes;

    @Inject
    UsageService usage;

    @Inject
    StatsRollups rollups;

    @Inject
    FindingService findings;

    @Inject
    jp.yokoten.proposal.ProposalReads proposalReads; // h17: "solves N proposals from M wards"

    @Inject
    jp.yokoten.certification.CertificationService certifications; // h17: 「認定開発者が作成」

    // ---- templates -------------------------------------------------------------------------------------

    @Transactional
    public Template create(TemplateFields fields) {
        String ward = user.ward().orElseThrow(() -> new Forbidden("Your account belongs to no ward, so it cannot publish templates."));
        checkReferences(fields, null);
        Template t = new Template();
        t.id = UUID.randomUUID();
        t.ownerWard = ward;
        t.status = Workflow.DRAFT;
        fields.applyTo(t);
        t.createdBy = user.subject();
        t.createdAt = t.updatedAt = now();
        t.persist();
        index(t);
        audit.record("template.created", TYPE, t.id, null, state(t));
        return t;
    }

    public TemplateDetail detail(Template t) {
        ReviewOutcome last = insider(t) || overseer() ? reviews.lastDecided(t.id).orElse(null) : null;
        return TemplateDetail.of(t, latestApproved(t.id).map(v -> v.version).orElse(null), last, searchIndex.counters(t.id),
                proposalReads.solvedBy(t.id), certifications.certifiedOn(t.createdBy, t.createdAt.atZoneSameInstant(Clocks.JST).toLocalDate()));
    }

    /** Searches what the caller may see; unknown filter values are refused rather than matching nothing. */
    public TemplateSearchResult search(SearchQuery q) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (q.platform() != null && reference.platform(q.platform()).isEmpty()) {
            errors.add(new Problem.FieldError("platform", "unknown platform; see GET /api/v1/platforms"));
        }
        if (q.category() != null && reference.category(q.category()).isEmpty()) {
            errors.add(new Problem.FieldError("category", "unknown category; see GET /api/v1/categories"));
        }
        if (q.process() != null && processes.find(q.process()).isEmpty()) {
            errors.add(new Problem.FieldError("process", "unknown process; see GET /api/v1/processes"));
        }
        if (q.ward() != null && wards.find(q.ward()).isEmpty()) {
            errors.add(new Problem.FieldError("ward", "unknown ward; see GET /api/v1/wards"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput("Invalid search parameters.", errors);
        }
        SearchHits hits = search.search(q);
        Map<UUID, Template> byId = new java.util.HashMap<>();
        if (!hits.ids().isEmpty()) {
            Template.<Template>list("id in ?1", hits.ids()).forEach(t -> byId.put(t.id, t));
        }
        Map<UUID, SearchIndex.Counters> counters = searchIndex.counters(hits.ids());
        List<TemplateSummary> items = hits.ids().stream().filter(byId::containsKey)
                .map(id -> TemplateSummary.of(byId.get(id), counters.getOrDefault(id, SearchIndex.Counters.NONE))).toList();
        return new TemplateSearchResult(items, q.paging().page(), q.paging().size(), hits.total(), hits.facets());
    }

    /**
     * The version an adoption names: the given one if approved, else the latest approved. Drafts and unknown
     * versions are input errors; a withdrawn version can no longer be adopted.
     */
    public VersionRef adoptableVersion(UUID templateId, String version) {
        if (version == null || version.isBlank()) {
            return latestApproved(templateId).map(v -> new VersionRef(v.id, v.version))
                    .orElseThrow(() -> new Conflict("The template has no approved version to adopt."));
        }
        TemplateVersion v = TemplateVersion.<TemplateVersion>find("templateId = ?1 and version = ?2", templateId, version.strip()).firstResult();
        if (v != null && "withdrawn".equals(v.status)) {
            throw new Conflict("Version " + v.version + " was withdrawn and can no longer be adopted: " + v.withdrawnReason);
        }
        if (v == null || !"approved".equals(v.status)) {
            throw new InvalidInput("version", "no approved version " + version.strip() + "; see the template's versions");
        }
        return new VersionRef(v.id, v.version);
    }

    /** Visibility and ownership facts for features that act on a template (ratings, adoptions). */
    public TemplateRef ref(UUID id) {
        Template t = visible(id, false);
        return new TemplateRef(t.id, t.ownerWard, t.status, t.title);
    }

    private void index(Template t) {
        searchIndex.upsert(new SearchDocument(t.id, t.status, t.ownerWard, t.platform, t.category, t.processId, t.tags, t.title,
                t.titleEn, t.summary, t.description, t.publishedAt));
    }

    /** The template, recording the caller's view in the usage log (deduplicated per user and JST day). */
    @Transactional
    public Template view(UUID id) {
        Template t = visible(id, false);
        usage.record("view", t.id, null);
        return t;
    }

    /**
     * Applies a JSON merge patch (RFC 7396) if {@code ifMatch} names the current ETag. Unknown or mistyped
     * fields surface as Jackson's exceptions, which the problem mapper turns into field errors.
     */
    @Transactional(rollbackOn = Exception.class)
    public Template patch(UUID id, String ifMatch, JsonNode patch) throws JsonProcessingException {
        Template t = owned(visible(id, true));
        ObjectNode changes = Conditional.precondition(ifMatch, etag(t), patch);
        String next = Workflow.afterEdit(t.status);
        TemplateFields current = TemplateFields.of(t);
        TemplateFields fields = Conditional.patched(json, validator, current, changes, TemplateFields.class);
        checkReferences(fields, t.id);
        Map<String, Object> before = json.convertValue(current, Map.class);
        Map<String, Object> after = json.convertValue(fields, Map.class);
        before.entrySet().removeIf(e -> java.util.Objects.equals(e.getValue(), after.get(e.getKey())));
        after.keySet().retainAll(before.keySet());
        before.put("status", t.status);
        after.put("status", next);
        fields.applyTo(t);
        t.status = next;
        t.updatedAt = now();
        t.flush(); // bumps lockVersion now, so the answer carries the new ETag
        index(t);
        audit.record("template.updated", TYPE, t.id, before, after);
        return t;
    }

    @Transactional
    public Template submit(UUID id) {
        Template t = owned(visible(id, true));
        boolean firstReview = Workflow.entersReviewOnSubmit(t.status);
        TemplateVersion v = submittable(t).orElseThrow(() -> new Conflict(
                "There is no new version to review: upload a file as a new version first."));
        findings.requireJustified(v.id);
        String before = t.status;
        reviews.open(TYPE, t.id, v.id, v.version, t.ownerWard, t.title);
        v.status = "in_review";
        if (firstReview) {
            t.status = Workflow.IN_REVIEW;
        }
        t.updatedAt = now();
        index(t);
        audit.record("template.submitted", TYPE, t.id, Map.of("status", before),
                Map.of("status", t.status, "version", v.version, "versionStatus", v.status));
        return t;
    }

    @Transactional
    public Template decide(UUID id, ReviewDecision decision) {
        Template t = visible(id, true);
        Review review = reviews.decide(t.id, decision);
        TemplateVersion v = TemplateVersion.findById(review.subjectVersion);
        String before = t.status;
        OffsetDateTime now = now();
        if (decision.approves()) {
            v.status = "approved";
            v.approvedAt = now;
        } else {
            v.status = "rejected";
        }
        t.status = Workflow.afterDecision(t.status, decision.approves());
        if (Workflow.PUBLISHED.equals(t.status) && t.publishedAt == null) {
            t.publishedAt = now;
            rollups.ensureYear(t.id, FiscalYear.of(now));
        }
        t.updatedAt = now;
        index(t);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("status", t.status);
        after.put("version", v.version);
        after.put("versionStatus", v.status);
        after.put("reasons", review.reasons);
        audit.record(decision.approves() ? "template.approved" : "template.rejected", TYPE, t.id,
                Map.of("status", before, "versionStatus", "in_review"), after);
        return t;
    }

    @Transactional
    public Template archive(UUID id) {
        Template t = visible(id, true);
        if (!insider(t) && !user.hasRole(CurrentUser.ADMIN)) {
            throw new Forbidden("Only publishers of the owning ward and portal operators may archive a template.");
        }
        Workflow.requireArchivable(t.status);
        if (reviews.pending(t.id).isPresent()) {
            throw new Conflict("A version of this template is in review; a reviewer must decide first.");
        }
        String before = t.status;
        t.status = Workflow.ARCHIVED;
        t.archivedAt = t.updatedAt = now();
        index(t);
        audit.record("template.archived", TYPE, t.id, Map.of("status", before), Map.of("status", t.status));
        return t;
    }

    public String etag(Template t) {
        return "\"" + t.lockVersion + "\"";
    }

    // ---- versions and files ------------------------------------------------------------------------------

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
            Template t = owned(visible(id, false));
            if (!errors.isEmpty()) {
                throw new InvalidInput("The upload has invalid fields.", errors);
            }
            requireNewVersionAllowed(t, version);
        });
        // 2. Content check and governance scan, no transaction.
        UploadInspector.Inspection inspection = inspector.inspect(file, fileName);
        List<GovernanceScanner.RawFinding> scanned = findings.scan(file, fileName);
        // 3. Under the row lock: the state again, then the writes.
        try {
            return QuarkusTransaction.joiningExisting().call(() -> {
                Template t = owned(visible(id, true));
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
        Optional<TemplateVersion> highest = TemplateVersion.<TemplateVersion>find("templateId", byVersionDesc(), t.id).firstResultOptional();
        if (highest.isPresent() && semver(highest.get()).compareTo(version) >= 0) {
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
        v.createdAt = now();
        v.persist();
        FindingCounts counts = findings.record(v.id, scanned);
        audit.record("version.uploaded", TYPE, t.id, null, Map.of("version", v.version, "fileName", fileName,
                "size", stored.size(), "sha256", stored.sha256Hex(), "mediaType", mediaType,
                "findings", Map.of("high", counts.high(), "medium", counts.medium(), "info", counts.info())));
        return VersionView.of(v, counts);
    }

    public Page<VersionView> versions(UUID id, PageRequest paging) {
        Template t = visible(id, false);
        PanacheQuery<TemplateVersion> q = insider(t) || overseer()
                ? TemplateVersion.find("templateId", byVersionDesc(), t.id)
                : TemplateVersion.find("templateId = ?1 and status = 'approved'", byVersionDesc(), t.id);
        q.page(paging.page(), paging.size());
        List<TemplateVersion> page = q.list();
        Map<UUID, FindingCounts> counts = findings.counts(page.stream().map(v -> v.id).toList());
        return new Page<>(page.stream().map(v -> VersionView.of(v, counts.getOrDefault(v.id, FindingCounts.NONE))).toList(),
                paging.page(), paging.size(), q.count());
    }

    /** The file of a version; the download is logged in the same transaction, before any byte is sent. */
    @Transactional
    public DownloadableFile file(UUID id, String version) {
        TemplateVersion v = visibleVersion(visible(id, false), version);
        if ("withdrawn".equals(v.status)) {
            throw new Gone("Version " + v.version + " was withdrawn: " + v.withdrawnReason);
        }
        usage.record("download", id, v.version);
        return new DownloadableFile(new StoredFile(v.fileId, v.fileSize, v.fileSha256), v.fileName, v.mediaType);
    }

    @Transactional
    public VersionView withdraw(UUID id, String version, String reason) {
        Template t = visible(id, true);
        if (!insider(t) && !user.hasRole(CurrentUser.REVIEWER)) {
            throw new Forbidden("Only publishers of the owning ward and reviewers may withdraw a version.");
        }
        TemplateVersion v = visibleVersion(t, version);
        if (!"approved".equals(v.status)) {
            throw new Conflict("Only approved versions can be withdrawn; version " + v.version + " is " + v.status + ".");
        }
        v.status = "withdrawn";
        v.withdrawnAt = now();
        v.withdrawnReason = reason.strip();
        audit.record("version.withdrawn", TYPE, t.id, Map.of("version", v.version, "versionStatus", "approved"),
                Map.of("version", v.version, "versionStatus", v.status, "reason", v.withdrawnReason));
        return VersionView.of(v, findings.counts(List.of(v.id)).getOrDefault(v.id, FindingCounts.NONE));
    }

    /** The governance findings of a version, for everyone who may see the version (excerpts are masked). */
    public Page<FindingView> findings(UUID id, String version, PageRequest paging) {
        return findings.list(visibleVersion(visible(id, false), version).id, paging);
    }

    /** A publisher of the owning ward explains a finding; only before the version is submitted or after rejection. */
    @Transactional
    public FindingView justify(UUID id, String version, UUID findingId, String justification) {
        Template t = owned(visible(id, true));
        TemplateVersion v = visibleVersion(t, version);
        if (!"draft".equals(v.status) && !"rejected".equals(v.status)) {
            throw new Conflict("Findings can be justified while the version is a draft or rejected; version "
                    + v.version + " is " + v.status + ".");
        }
        return findings.justify(t.id, v.version, v.id, findingId, justification);
    }

    // ---- visibility --------------------------------------------------------------------------------------

    private boolean insider(Template t) {
        return user.publishesFor(t.ownerWard);
    }

    private boolean overseer() {
        return user.overseer();
    }

    private Template visible(UUID id, boolean lock) {
        Template t = lock ? Template.findById(id, LockModeType.PESSIMISTIC_WRITE) : Template.findById(id);
        if (t == null || !(Workflow.isPublic(t.status) || insider(t) || overseer())) {
            throw new NotFound("There is no template " + id + ".");
        }
        return t;
    }

    private Template owned(Template t) {
        if (!insider(t)) {
            throw new Forbidden("Only publishers of the owning ward may change this template.");
        }
        return t;
    }

    private TemplateVersion visibleVersion(Template t, String version) {
        TemplateVersion v = TemplateVersion.<TemplateVersion>find("templateId = ?1 and version = ?2", t.id, version).firstResult();
        if (v == null || !("approved".equals(v.status) || insider(t) || overseer())) {
            throw new NotFound("Template " + t.id + " has no version " + version + ".");
        }
        return v;
    }

    // ---- helpers -----------------------------------------------------------------------------------------

    private Optional<TemplateVersion> latestApproved(UUID templateId) {
        return TemplateVersion.<TemplateVersion>find("templateId = ?1 and status = 'approved'", byVersionDesc(), templateId)
                .firstResultOptional();
    }

    /** The newest version still to be reviewed: a draft, or a rejected one being resubmitted. */
    private Optional<TemplateVersion> submittable(Template t) {
        return TemplateVersion.<TemplateVersion>find("templateId", byVersionDesc(), t.id).firstResultOptional()
                .filter(v -> "draft".equals(v.status) || "rejected".equals(v.status));
    }

    private static Sort byVersionDesc() {
        return Sort.descending("major", "minor", "patch");
    }

    private static SemVer semver(TemplateVersion v) {
        return new SemVer(v.major, v.minor, v.patch);
    }

    private void checkReferences(TemplateFields f, UUID self) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (reference.platform(f.platform()).isEmpty()) {
            errors.add(new Problem.FieldError("platform", "unknown platform; see GET /api/v1/platforms"));
        }
        if (reference.category(f.category()).isEmpty()) {
            errors.add(new Problem.FieldError("category", "unknown category; see GET /api/v1/categories"));
        }
        if (PERSONAL_DATA_NEEDS_NOTE.contains(f.personalData()) && (f.personalDataNote() == null || f.personalDataNote().isBlank())) {
            errors.add(new Problem.FieldError("personalDataNote", "describe the personal data the template contains"));
        }
        LocalDate today = Clocks.today();
        if (f.developmentStartedOn() != null && f.developmentStartedOn().isAfter(today)) {
            errors.add(new Problem.FieldError("developmentStartedOn", "must not be in the future"));
        }
        if (f.releasedOn() != null && f.releasedOn().isAfter(today)) {
            errors.add(new Problem.FieldError("releasedOn", "must not be in the future"));
        }
        if (f.developmentStartedOn() != null && f.releasedOn() != null && f.releasedOn().isBefore(f.developmentStartedOn())) {
            errors.add(new Problem.FieldError("releasedOn", "must not be before developmentStartedOn"));
        }
        if (f.processId() != null && processes.find(f.processId()).isEmpty()) {
            errors.add(new Problem.FieldError("processId", "unknown process; see GET /api/v1/processes"));
        }
        if (f.derivedFrom() != null) {
            Template origin = Template.findById(f.derivedFrom());
            if (f.derivedFrom().equals(self) || origin == null
                    || !(Workflow.isPublic(origin.status) || insider(origin) || overseer())) {
                errors.add(new Problem.FieldError("derivedFrom", "must name another template you can see"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput("The template has invalid fields.", errors);
        }
    }

    private static Map<String, Object> state(Template t) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("status", t.status);
        s.put("title", t.title);
        s.put("ownerWard", t.ownerWard);
        return s;
    }

    private static OffsetDateTime now() {
        return Clocks.now();
    }
}
