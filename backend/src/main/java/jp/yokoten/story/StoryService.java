package jp.yokoten.story;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import jp.yokoten.common.error.Conflict;
import jp.yokoten.common.error.InvalidInput;
import jp.yokoten.common.error.Problem;
import jp.yokoten.common.paging.Page;
import jp.yokoten.common.paging.PageRequest;
import jp.yokoten.publication.PublicationChanged;
import jp.yokoten.publication.Publications;
import jp.yokoten.publication.Recognitions;
import jp.yokoten.publication.Visibility;
import jp.yokoten.review.ReviewDecision;
import jp.yokoten.review.Workflow;
import jp.yokoten.search.StorySearch;
import jp.yokoten.search.StorySummary;
import jp.yokoten.template.Template;
import jp.yokoten.template.TemplateService;

/**
 * Success stories on the publishable life cycle ({@link Publications}: steps, review, four-eyes, audit) with
 * the visibility of every publishable ({@link Visibility}); what is the story's own is its fields, its links
 * to templates and its search index.
 */
@ApplicationScoped
public class StoryService {
    @Inject
    Publications publications;

    @Inject
    Visibility visibility;

    @Inject
    TemplateService templates;

    @Inject
    StorySearch storySearch;

    @Inject
    Recognitions recognitions;

    @Inject
    EntityManager em;

    @Transactional
    public Story create(StoryFields fields) {
        Story s = publications.create(Story.KIND, fields, ward -> checkLinks(fields.links(), ward));
        em.flush(); // the links below are plain SQL and reference the row
        link(s, fields.links());
        return s;
    }

    public Story get(UUID id) {
        return publications.visible(Story.KIND, id, false);
    }

    public StoryDetail detail(Story s) {
        return StoryDetail.of(s, linkedTemplates(s.id), publications.lastDecision(s), recognitions.prizes(s.id),
                recognitions.byCertifiedDeveloper(s.createdBy, s.createdAt));
    }

    @Transactional(rollbackOn = Exception.class)
    public Story patch(UUID id, String ifMatch, JsonNode patch) throws JsonProcessingException {
        Story s = publications.ownedForUpdate(Story.KIND, id);
        Publications.Edit edit = publications.startEdit(s, ifMatch, patch);
        StoryFields current = StoryFields.of(s, linkIds(s.id));
        StoryFields fields = publications.patched(current, edit, StoryFields.class);
        checkLinks(fields.links(), s.ownerWard);
        Map<String, Object> before = new LinkedHashMap<>();
        Map<String, Object> after = new LinkedHashMap<>();
        if (!Objects.equals(current.title(), fields.title())) {
            before.put("title", current.title());
            after.put("title", fields.title());
        }
        if (!current.links().equals(fields.links())) {
            before.put("templateIds", current.links().toString());
            after.put("templateIds", fields.links().toString());
        }
        fields.applyTo(s);
        publications.finishEdit(Story.KIND, s, edit, before, after);
        em.createNativeQuery("DELETE FROM story_template WHERE story_id = ?1").setParameter(1, s.id).executeUpdate();
        link(s, fields.links());
        return s;
    }

    @Transactional
    public Story submit(UUID id) {
        Story s = publications.ownedForUpdate(Story.KIND, id);
        if (!Workflow.entersReviewOnSubmit(s.status)) {
            throw new Conflict("The story is published; published stories are not reviewed again.");
        }
        String before = s.status;
        publications.openReview(Story.KIND, s, true, null, null);
        publications.record(Story.KIND, s, "submitted", Map.of("status", before), Map.of("status", s.status));
        return s;
    }

    @Transactional
    public Story decide(UUID id, ReviewDecision decision) {
        Story s = publications.visible(Story.KIND, id, true);
        Publications.Decided d = publications.decide(s, decision, review -> s.createdBy);
        publications.record(Story.KIND, s, decision.approves() ? "approved" : "rejected", Map.of("status", d.before()),
                Map.of("status", s.status, "reasons", d.review().reasons));
        return s;
    }

    @Transactional
    public Story archive(UUID id) {
        return publications.archive(Story.KIND, id);
    }

    /** Stories the caller may see, newest first (the search itself lives in {@code search/}). */
    public Page<StorySummary> search(String q, String ward, String template, String status, PageRequest paging) {
        return storySearch.search(q, ward, template, status, paging);
    }

    /** Published stories that link a template the caller may see (the template's detail page). */
    public Page<StorySummary> forTemplate(UUID templateId, PageRequest paging) {
        templates.ref(templateId); // 404 unless the caller may see the template
        return search(null, null, templateId.toString(), Workflow.PUBLISHED, paging);
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
                .filter(visibility::canSee)
                .map(t -> new StoryDetail.LinkedTemplate(t.id, t.title, t.ownerWard, t.status)).toList();
    }

    // ---- search index ---------------------------------------------------------------------------------------

    /** Keeps the search index in step with every life-cycle change of a story. */
    void indexed(@Observes PublicationChanged change) {
        if (change.item() instanceof Story s) {
            index(s);
        }
    }

    private void index(Story s) {
        storySearch.upsert(s.id, s.status, s.ownerWard, s.publishedAt, s.title + " " + (s.titleEn == null ? "" : s.titleEn) + " " + s.body);
    }
}
