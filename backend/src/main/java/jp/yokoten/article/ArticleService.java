package jp.yokoten.article;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jp.yokoten.common.error.InvalidInput;
import jp.yokoten.common.error.Problem;
import jp.yokoten.common.paging.PageRequest;
import jp.yokoten.publication.WritingService;
import jp.yokoten.reference.ReferenceService;
import jp.yokoten.review.Workflow;
import jp.yokoten.search.ArticleSearch;
import jp.yokoten.search.ArticleSearchResult;

/**
 * Know-how articles: a {@link WritingService} (life cycle, review as a whole, template links, visibility); what is
 * the article's own is its fields (platform, category, tags) and its search index with facets.
 */
@ApplicationScoped
public class ArticleService extends WritingService<Article, ArticleFields, ArticleDetail, ArticleSearchResult> {
    @Inject
    ReferenceService reference;

    @Inject
    ArticleSearch articleSearch;

    ArticleService() {
        super(Article.KIND, ArticleFields::of);
    }

    @Override
    public ArticleDetail detail(Article a) {
        return ArticleDetail.of(a, links.visible(Article.KIND, a.id), publications.lastDecision(a),
                recognitions.byCertifiedDeveloper(a.createdBy, a.createdAt));
    }

    /** Articles the caller may see, newest first, with facets (the search itself lives in {@code search/}). */
    public ArticleSearchResult search(ArticleSearch.Query query, PageRequest paging) {
        return articleSearch.search(query, paging);
    }

    @Override
    protected ArticleSearchResult linking(UUID templateId, PageRequest paging) {
        return search(new ArticleSearch.Query(null, null, null, null, null, templateId.toString(), Workflow.PUBLISHED), paging);
    }

    @Override
    protected Map<String, Object> audited(ArticleFields f) {
        Map<String, Object> audited = new LinkedHashMap<>();
        audited.put("title", f.title());
        audited.put("platform", f.platform());
        audited.put("category", f.category());
        audited.put("tags", String.valueOf(f.cleanTags()));
        audited.put("templateIds", f.links().toString());
        return audited;
    }

    /** 400 listing every invalid reference: unknown platform or category, templates that cannot be linked. */
    @Override
    protected void check(ArticleFields f, String ward) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (f.platform() != null && reference.platform(f.platform()).isEmpty()) {
            errors.add(new Problem.FieldError("platform", "unknown platform; see GET /api/v1/platforms"));
        }
        if (f.category() != null && reference.category(f.category()).isEmpty()) {
            errors.add(new Problem.FieldError("category", "unknown category; see GET /api/v1/categories"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput("The article has invalid fields.", errors);
        }
        super.check(f, ward);
    }

    @Override
    protected void index(Article a) {
        articleSearch.upsert(a.id, a.status, a.ownerWard, a.platform, a.category, a.tags, a.publishedAt,
                a.indexText(String.join(" ", a.tags)));
    }
}
