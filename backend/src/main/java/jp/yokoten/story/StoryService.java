package jp.yokoten.story;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import jp.yokoten.common.paging.Page;
import jp.yokoten.common.paging.PageRequest;
import jp.yokoten.publication.WritingService;
import jp.yokoten.review.Workflow;
import jp.yokoten.search.StorySearch;
import jp.yokoten.search.StorySummary;

/**
 * Success stories: a {@link WritingService} (life cycle, review as a whole, template links, visibility); what is
 * the story's own is its fields (the yearly figures), its detail with award prizes and its search index.
 */
@ApplicationScoped
public class StoryService extends WritingService<Story, StoryFields, StoryDetail, Page<StorySummary>> {
    @Inject
    StorySearch storySearch;

    StoryService() {
        super(Story.KIND, StoryFields::of);
    }

    @Override
    public StoryDetail detail(Story s) {
        return StoryDetail.of(s, links.visible(Story.KIND, s.id), publications.lastDecision(s), recognitions.prizes(s.id),
                recognitions.byCertifiedDeveloper(s.createdBy, s.createdAt));
    }

    /** Stories the caller may see, newest first (the search itself lives in {@code search/}). */
    public Page<StorySummary> search(String q, String ward, String template, String status, PageRequest paging) {
        return storySearch.search(q, ward, template, status, paging);
    }

    @Override
    protected Page<StorySummary> linking(UUID templateId, PageRequest paging) {
        return search(null, null, templateId.toString(), Workflow.PUBLISHED, paging);
    }

    /** An edit's audit entry names the title and the links; the body and the figures it leaves out. */
    @Override
    protected Map<String, Object> audited(StoryFields f) {
        Map<String, Object> audited = new LinkedHashMap<>();
        audited.put("title", f.title());
        audited.put("templateIds", f.links().toString());
        return audited;
    }

    @Override
    protected void index(Story s) {
        storySearch.upsert(s.id, s.status, s.ownerWard, s.publishedAt, s.indexText());
    }
}
