package jp.yokoten.template;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jp.yokoten.proposal.ProposalReads;
import jp.yokoten.publication.PublicationChanged;
import jp.yokoten.publication.Publications;
import jp.yokoten.publication.Recognitions;
import jp.yokoten.review.ReviewDecision;
import jp.yokoten.review.Workflow;
import jp.yokoten.search.SearchIndex;
import jp.yokoten.stats.FiscalYear;
import jp.yokoten.stats.StatsRollups;
import jp.yokoten.template.version.TemplateVersion;
import jp.yokoten.template.version.VersionRef;
import jp.yokoten.template.version.VersionService;
import jp.yokoten.usage.UsageService;

/**
 * The template catalog (SPEC §3, §4): creation, edits and the review steps of a template on the publishable
 * life cycle ({@link Publications}); its versions and files are {@link VersionService}'s. Visibility is that of
 * every publishable: published templates for everyone, the rest only for the owning ward's publishers,
 * reviewers and operators — to anybody else they do not exist (404).
 */
@ApplicationScoped
public class TemplateService {
    @Inject
    Publications publications;

    @Inject
    TemplateChecks checks;

    @Inject
    VersionService versions;

    @Inject
    SearchIndex searchIndex;

    @Inject
    UsageService usage;

    @Inject
    StatsRollups rollups;

    @Inject
    Recognitions recognitions;

    @Inject
    ProposalReads proposalReads;

    @Transactional
    public Template create(TemplateFields fields) {
        Template t = publications.create(Template.KIND, fields, ward -> checks.requireValid(fields, null));
        return t;
    }

    public TemplateDetail detail(Template t) {
        return TemplateDetail.of(t, versions.latestApproved(t.id).orElse(null), publications.lastDecision(t),
                searchIndex.counters(t.id), recognitions.prizes(t.id), proposalReads.solvedBy(t.id),
                recognitions.byCertifiedDeveloper(t.createdBy, t.createdAt));
    }

    /** See {@link VersionService#adoptableVersion}. */
    public VersionRef adoptableVersion(UUID templateId, String version) {
        return versions.adoptableVersion(templateId, version);
    }

    /** Visibility and ownership facts for features that act on a template (ratings, adoptions). */
    public TemplateRef ref(UUID id) {
        Template t = publications.visible(Template.KIND, id, false);
        return new TemplateRef(t.id, t.ownerWard, t.status, t.title);
    }

    /** The template, recording the caller's view in the usage log (deduplicated per user and JST day). */
    @Transactional
    public Template view(UUID id) {
        Template t = publications.visible(Template.KIND, id, false);
        usage.record("view", t.id, null);
        return t;
    }

    /** Applies a JSON merge patch (RFC 7396) if {@code ifMatch} names the current ETag. */
    @Transactional(rollbackOn = Exception.class)
    public Template patch(UUID id, String ifMatch, JsonNode patch) throws JsonProcessingException {
        Template t = publications.ownedForUpdate(Template.KIND, id);
        Publications.Edit edit = publications.startEdit(t, ifMatch, patch);
        TemplateFields current = TemplateFields.of(t);
        TemplateFields fields = publications.patched(current, edit, TemplateFields.class);
        checks.requireValid(fields, t.id);
        Map<String, Object>[] changed = publications.changedFields(current, fields);
        fields.applyTo(t);
        publications.finishEdit(Template.KIND, t, edit, changed[0], changed[1]);
        return t;
    }

    /** Submits the newest version; a draft or rejected template enters review with it, a published one stays public. */
    @Transactional
    public Template submit(UUID id) {
        Template t = publications.ownedForUpdate(Template.KIND, id);
        boolean firstReview = Workflow.entersReviewOnSubmit(t.status);
        TemplateVersion v = versions.submitted(t);
        String before = t.status;
        publications.openReview(Template.KIND, t, firstReview, v.id, v.version);
        publications.record(Template.KIND, t, "submitted", Map.of("status", before),
                Map.of("status", t.status, "version", v.version, "versionStatus", v.status));
        return t;
    }

    @Transactional
    public Template decide(UUID id, ReviewDecision decision) {
        Template t = publications.visible(Template.KIND, id, true);
        Publications.Decided d = publications.decide(t, decision, review -> versions.uploader(review.subjectVersion));
        TemplateVersion v = versions.decided(d.review().subjectVersion, decision.approves(), d.at());
        if (d.firstPublished()) {
            rollups.ensureYear(t.id, FiscalYear.of(d.at()));
        }
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("status", t.status);
        after.put("version", v.version);
        after.put("versionStatus", v.status);
        after.put("reasons", d.review().reasons);
        publications.record(Template.KIND, t, decision.approves() ? "approved" : "rejected",
                Map.of("status", d.before(), "versionStatus", "in_review"), after);
        return t;
    }

    @Transactional
    public Template archive(UUID id) {
        return publications.archive(Template.KIND, id);
    }

    /** Keeps the search index in step with every life-cycle change of a template. */
    void indexed(@Observes PublicationChanged change) {
        if (change.item() instanceof Template t) {
            index(t);
        }
    }

    private void index(Template t) {
        searchIndex.upsert(t.searchDocument());
    }
}
