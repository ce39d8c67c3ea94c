package jp.yokoten.story;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import jp.yokoten.audit.AuditService;
import jp.yokoten.common.config.Clocks;
import jp.yokoten.common.error.Conflict;
import jp.yokoten.common.error.Forbidden;
import jp.yokoten.common.error.InvalidInput;
import jp.yokoten.common.error.NotFound;
import jp.yokoten.common.error.Problem;
import jp.yokoten.common.http.Conditional;
import jp.yokoten.common.paging.Page;
import jp.yokoten.common.paging.PageRequest;
import jp.yokoten.common.security.CurrentUser;
import jp.yokoten.review.ReviewDecision;
import jp.yokoten.review.ReviewOutcome;
import jp.yokoten.review.ReviewService;
import jp.yokoten.review.Workflow;
import jp.yokoten.template.Template;
import jp.yokoten.template.TemplateService;
import jp.yokoten.ward.WardService;

/**
 * Success stories on the same life cycle as templates: {@link Workflow} decides the steps, {@link ReviewService}
 * holds submissions, decisions and the four-eyes rule, {@link AuditService} the trail. Visibility matches
 * templates: published stories for all staff, the rest only for the owning ward's publishers and reviewers.
 */
@ApplicationScoped
public class StoryService {
    static final String TYPE = "story";

    @Inject
    CurrentUser user;

    @Inject
    AuditService audit;

    @Inject
    ReviewService reviews;

    @Inject
    TemplateService templates;

    @Inject
    WardService wards;

    @Inject
    EntityManager em;

    @Inject
    Validator validator;

    @Inject
    ObjectMapper json;

    @Inject
    jp.yokoten.certification.CertificationService certifications; // h17: 「認定開発者が作成」

    @Transactional
    public Story create(StoryFields fields) {
        String ward = user.ward().orElseThrow(() -> new Forbidden("Your account belongs to no ward, so it cannot publish stories."));
        checkLinks(fields.links(), ward);
        Story s = new Story();
        s.id = UUID.randomUUID();
        s.ownerWard = ward;
        s.status = Workflow.DRAFT;
        fields.applyTo(s);
        s.createdBy = user.subject();
        s.createdAt = s.updatedAt = now();
        s.persist();
        em.flush();
        link(s, fields.links());
        index(s);
        audit.record("story.created", TYPE, s.id, null, Map.of("status", s.status, "title", s.title, "ownerWard", s.ownerWard));
        return s;
    }

    public Story get(UUID id) {
        return visible(id, false);
    }

    public StoryDetail detail(Story s) {
        ReviewOutcome last = user.publishesFor(s.ownerWard) || user.overseer() ? reviews.lastDecided(s.id).orElse(null) : null;
        return StoryDetail.of(s, linkedTemplates(s.id), last,
                certifications.certifiedOn(s.createdBy, s.createdAt.atZoneSameInstant(Clocks.JST).toLocalDate()));
    }

    @Transactional(rollbackOn = Exception.class)
    public Story patch(UUID id, String ifMatch, JsonNode patch) throws JsonProcessingException {
        Story s = owned(visible(id, true));
        ObjectNode changes = Conditional.precondition(ifMatch, etag(s), patch);
        String next = Workflow.afterEdit(s.status);
        StoryFields current = StoryFields.of(s, linkIds(s.id));
        StoryFields fields = Conditional.patched(json, validator, current, changes, StoryFields.class);
        checkLinks(fields.links(), s.ownerWard);
        Map<String, Object> before = new LinkedHashMap<>(Map.of("status", s.status));
        Map<String, Object> after = new LinkedHashMap<>(Map.of("status", next));
        if (!Objects.equals(current.title(), fields.title())) {
            before.put("title", current.title());
            after.put("title", fields.title());
        }
        if (!current.links().equals(fields.links())) {
            before.put("templateIds", current.links().toString());
            after.put("templateIds", fields.links().toString());
        }
        fields.applyTo(s);
        s.status = next;
        s.updatedAt = now();
        s.flush();
        em.createNativeQuery("DELETE FROM story_template WHERE story_id = ?1").setParameter(1, s.id).executeUpdate();
        link(s, fields.links());
        index(s);
        audit.record("story.updated", TYPE, s.id, before, after);
        return s;
    }

    @Transactional
    public Story submit(UUID id) {
        Story s = owned(visible(id, true));
        if (!Workflow.entersReviewOnSubmit(s.status)) {
            throw new Conflict("The story is published; published stories are not reviewed again.");
        }
        String before = s.status;
        reviews.open(TYPE, s.id, null, null, s.ownerWard, s.title);
        s.status = Workflow.IN_REVIEW;
        s.updatedAt = now();
        index(s);
        audit.record("story.submitted", TYPE, s.id, Map.of("status", before), Map.of("status", s.status));
        return s;
    }

    @Transactional
    public Story decide(UUID id, ReviewDecision decision) {
        Story s = visible(id, true);
        var review = reviews.decide(s.id, decision);
        String before = s.status;
        s.status = Workflow.afterDecision(s.status, decision.approves());
        if (Workflow.PUBLISHED.equals(s.status) && s.publishedAt == null) {
            s.publishedAt = now();
        }
        s.updatedAt = now();
        index(s);
        audit.record(decision.approves() ? "story.approved" : "story.rejected", TYPE, s.id, Map.of("status", before),
                Map.of("status", s.status, "reasons", review.reasons));
        return s;
    }

    @Transactional
    public Story archive(UUID id) {
        Story s = visible(id, true);
        if (!user.publishesFor(s.ownerWard) && !user.hasRole(CurrentUser.ADMIN)) {
            throw new Forbidden("Only publishers of the owning ward and portal operators may archive a story.");
        }
        Workflow.requireArchivable(s.status);
        String before = s.status;
        s.status = Workflow.ARCHIVED;
        s.archivedAt = s.updatedAt = now();
        index(s);
        audit.record("story.archived", TYPE, s.id, Map.of("status", before), Map.of("status", s.status));
        return s;
    }

    /**
     * Stories the caller may see, newest first: every query word must match through the same token index and
     * normalisation as template search; optional ward, linked template and status filters.
     */
    @SuppressWarnings("unchecked")
    public Page<StorySummary> search(String q, String ward, String template, String status, PageRequest paging) {
        List<Problem.FieldError> errors = new ArrayList<>();
        String st = status == null || status.isBlank() ? Workflow.PUBLISHED : status.strip();
        if (!Workflow.ALL.contains(st)) {
            errors.add(new Problem.FieldError("status", "must be one of " + Workflow.ALL));
        }
        if (ward != null && wards.find(ward).isEmpty()) {
            errors.add(new Problem.FieldError("ward", "unknown ward; see GET /api/v1/wards"));
        }
        UUID templateId = null;
        if (template != null) {
            try {
                templateId = UUID.fromString(template.strip());
            } catch (IllegalArgumentException e) {
                errors.add(new Problem.FieldError("template", "must be a template id (UUID)"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput("Invalid search parameters.", errors);
        }
        StringBuilder where = new StringBuilder(" WHERE s.status = :status");
        Map<String, Object> params = new LinkedHashMap<>(Map.of("status", st));
        if (!Workflow.PUBLISHED.equals(st) && !user.overseer()) {
            where.append(" AND s.owner_ward = :mine");
            params.put("mine", user.hasRole(CurrentUser.PUBLISHER) ? user.ward().orElse("") : "");
        }
        if (q != null && !q.isBlank()) {
            where.append(" AND s.tokens @> ARRAY(SELECT DISTINCT hashtext(t) FROM unnest(yokoten_words(:q)) w,"
                    + " unnest(yokoten_word_tokens(w)) t)");
            params.put("q", q);
        }
        if (ward != null) {
            where.append(" AND s.owner_ward = :ward");
            params.put("ward", ward);
        }
        if (templateId != null) {
            where.append(" AND EXISTS (SELECT 1 FROM story_template l WHERE l.story_id = s.story_id AND l.template_id = :template)");
            params.put("template", templateId);
        }
        var ids = em.createNativeQuery("SELECT s.story_id FROM story_search s" + where
                + " ORDER BY s.published_at DESC NULLS LAST, s.story_id LIMIT :limit OFFSET :offset", UUID.class);
        var count = em.createNativeQuery("SELECT count(*) FROM story_search s" + where, Long.class);
        params.forEach((k, v) -> {
            ids.setParameter(k, v);
            count.setParameter(k, v);
        });
        List<UUID> page = ids.setParameter("limit", paging.size()).setParameter("offset", paging.offset()).getResultList();
        Map<UUID, Story> byId = new java.util.HashMap<>();
        if (!page.isEmpty()) {
            Story.<Story>list("id in ?1", page).forEach(s -> byId.put(s.id, s));
        }
        List<StorySummary> items = page.stream().filter(byId::containsKey).map(id -> StorySummary.of(byId.get(id))).toList();
        return new Page<>(items, paging.page(), paging.size(), ((Number) count.getSingleResult()).longValue());
    }

    /** Published stories that link a template the caller may see (the template's detail page). */
    public Page<StorySummary> forTemplate(UUID templateId, PageRequest paging) {
        templates.ref(templateId); // 404 unless the caller may see the template
        return search(null, null, templateId.toString(), Workflow.PUBLISHED, paging);
    }

    public String etag(Story s) {
        return "\"" + s.lockVersion + "\"";
    }

    // ---- links -------------------------------------------------------------------------------------------

    /**
     * A story may link published templates and its own ward's templates. Another ward's unpublished template
     * is refused exactly like an unknown id: the answer must not reveal that it exists.
     */
    private void checkLinks(List<UUID> ids, String storyWard) {
        List<Problem.FieldError> errors = new ArrayList<>();
        Map<UUID, Template> found = new java.util.HashMap<>();
        if (!ids.isEmpty()) {
            Template.<Template>list("id in ?1", ids).forEach(t -> found.put(t.id, t));
        }
        for (int i = 0; i < ids.size(); i++) {
            Template t = found.get(ids.get(i));
            if (t == null || !(Workflow.isPublic(t.status) || t.ownerWard.equals(storyWard))) {
                errors.add(new Problem.FieldError("templateIds/" + i, "no published template (or template of your ward) with this id"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput("The story links templates that cannot be linked.", errors);
        }
    }

    private void link(Story s, List<UUID> ids) {
        for (UUID t : ids) {
            em.createNativeQuery("INSERT INTO story_template (story_id, template_id) VALUES (?1, ?2)")
                    .setParameter(1, s.id).setParameter(2, t).executeUpdate();
        }
    }

    @SuppressWarnings("unchecked")
    private List<UUID> linkIds(UUID storyId) {
        return em.createNativeQuery("SELECT template_id FROM story_template WHERE story_id = ?1 ORDER BY template_id", UUID.class)
                .setParameter(1, storyId).getResultList();
    }

    /** Linked templates the caller may see; others are left out rather than shown as hidden. */
    private List<StoryDetail.LinkedTemplate> linkedTemplates(UUID storyId) {
        List<UUID> ids = linkIds(storyId);
        if (ids.isEmpty()) {
            return List.of();
        }
        return Template.<Template>list("id in ?1", io.quarkus.panache.common.Sort.by("title"), ids).stream()
                .filter(t -> Workflow.isPublic(t.status) || user.publishesFor(t.ownerWard) || user.overseer())
                .map(t -> new StoryDetail.LinkedTemplate(t.id, t.title, t.ownerWard, t.status)).toList();
    }

    // ---- visibility and index ------------------------------------------------------------------------------

    private Story visible(UUID id, boolean lock) {
        Story s = lock ? Story.findById(id, LockModeType.PESSIMISTIC_WRITE) : Story.findById(id);
        if (s == null || !(Workflow.isPublic(s.status) || user.publishesFor(s.ownerWard) || user.overseer())) {
            throw new NotFound("There is no story " + id + ".");
        }
        return s;
    }

    private Story owned(Story s) {
        if (!user.publishesFor(s.ownerWard)) {
            throw new Forbidden("Only publishers of the owning ward may change this story.");
        }
        return s;
    }

    private void index(Story s) {
        em.flush();
        em.createNativeQuery("""
                INSERT INTO story_search (story_id, status, owner_ward, published_at, tokens)
                VALUES (?1, ?2, ?3, ?4, yokoten_token_hashes(?5))
                ON CONFLICT (story_id) DO UPDATE SET status = excluded.status, published_at = excluded.published_at,
                    tokens = excluded.tokens""")
                .setParameter(1, s.id).setParameter(2, s.status).setParameter(3, s.ownerWard).setParameter(4, s.publishedAt)
                .setParameter(5, s.title + " " + (s.titleEn == null ? "" : s.titleEn) + " " + s.body)
                .executeUpdate();
    }

    private static OffsetDateTime now() {
        return Clocks.now();
    }
}
