package jp.yokoten.story;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import jp.yokoten.common.paging.Page;
import jp.yokoten.common.paging.PageRequest;
import jp.yokoten.publication.PublicationChanged;
import jp.yokoten.publication.Publications;
import jp.yokoten.publication.Recognitions;
import jp.yokoten.publication.TemplateLinks;
import jp.yokoten.publication.Visibility;
import jp.yokoten.review.ReviewDecision;
import jp.yokoten.review.Workflow;
import jp.yokoten.search.StorySearch;
import jp.yokoten.search.StorySummary;
import jp.yokoten.template.TemplateService;

/**
 * Success stories on the publishable life cycle ({@link Publications}: steps, review, four-eyes, audit) with
 * the visibility of every publishable ({@link Visibility}) and its template links ({@link TemplateLinks}); what is
 * the story's own is its fields and its search index.
 */
@ApplicationScoped
public class StoryService {
    @Inject
    Publications publications;

    @Inject
    TemplateService templates;

    @Inject
    StorySearch storySearch;

    @Inject
    Recognitions recognitions;

    @Inject
    TemplateLinks links;

    @Transactional
    public Story create(StoryFields fields) {
        Story s = publications.create(Story.KIND, fields, ward -> links.check(Story.KIND, fields.links(), ward));
        links.replace(Story.KIND, s.id, fields.links());
        return s;
    }

    public Story get(UUID id) {
        return publications.visible(Story.KIND, id, false);
    }

    public StoryDetail detail(Story s) {
        return StoryDetail.of(s, links.visible(Story.KIND, s.id), publications.lastDecision(s), recognitions.prizes(s.id),
                recognitions.byCertifiedDeveloper(s.createdBy, s.createdAt));
    }

    @Transactional(rollbackOn = Exception.class)
    public Story patch(UUID id, String ifMatch, JsonNode patch) throws JsonProcessingException {
        Story s = publications.ownedForUpdate(Story.KIND, id);
        Publications.Edit edit = publications.startEdit(s, ifMatch, patch);
        StoryFields current = StoryFields.of(s, links.ids(Story.KIND, s.id));
        StoryFields fields = publications.patched(current, edit, StoryFields.class);
        links.check(Story.KIND, fields.links(), s.ownerWard);
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
        links.replace(Story.KIND, s.id, fields.links());
        return s;
    }

    @Transactional
    public Story submit(UUID id) {
        return publications.submitWhole(Story.KIND, id);
    }

    @Transactional
    public Story decide(UUID id, ReviewDecision decision) {
        return publications.decideWhole(Story.KIND, id, decision);
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
