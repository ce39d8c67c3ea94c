package jp.yokoten.article;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import jp.yokoten.common.error.InvalidInput;
import jp.yokoten.common.error.Problem;
import jp.yokoten.common.paging.PageRequest;
import jp.yokoten.publication.PublicationChanged;
import jp.yokoten.publication.Publications;
import jp.yokoten.publication.Recognitions;
import jp.yokoten.publication.TemplateLinks;
import jp.yokoten.reference.ReferenceService;
import jp.yokoten.review.ReviewDecision;
import jp.yokoten.review.Workflow;
import jp.yokoten.search.ArticleSearch;
import jp.yokoten.search.ArticleSearchResult;
import jp.yokoten.template.TemplateService;

/**
 * Know-how articles on the publishable life cycle of templates and stories ({@link Publications}: steps, review,
 * four-eyes, audit, visibility) with the shared template links ({@link TemplateLinks}); what is the article's own
 * is its fields (platform, category, tags) and its search index.
 */
@ApplicationScoped
public class ArticleService {
    @Inject
    Publications publications;

    @Inject
    TemplateLinks links;

    @Inject
    TemplateService templates;

    @Inject
    ReferenceService reference;

    @Inject
    ArticleSearch articleSearch;

    @Inject
    Recognitions recognitions;

    @Transactional
    public Article create(ArticleFields fields) {
        Article a = publications.create(Article.KIND, fields, ward -> check(fields, ward));
        links.replace(Article.KIND, a.id, fields.links());
        return a;
    }

    public Article get(UUID id) {
        return publications.visible(Article.KIND, id, false);
    }

    public ArticleDetail detail(Article a) {
        return ArticleDetail.of(a, links.visible(Article.KIND, a.id), publications.lastDecision(a),
                recognitions.byCertifiedDeveloper(a.createdBy, a.createdAt));
    }

    @Transactional(rollbackOn = Exception.class)
    public Article patch(UUID id, String ifMatch, JsonNode patch) throws JsonProcessingException {
        Article a = publications.ownedForUpdate(Article.KIND, id);
        Publications.Edit edit = publications.startEdit(a, ifMatch, patch);
        ArticleFields current = ArticleFields.of(a, links.ids(Article.KIND, a.id));
        ArticleFields fields = publications.patched(current, edit, ArticleFields.class);
        check(fields, a.ownerWard);
        Map<String, Object> before = new LinkedHashMap<>();
        Map<String, Object> after = new LinkedHashMap<>();
        changed(before, after, "title", current.title(), fields.title());
        changed(before, after, "platform", current.platform(), fields.platform());
        changed(before, after, "category", current.category(), fields.category());
        changed(before, after, "tags", String.valueOf(current.cleanTags()), String.valueOf(fields.cleanTags()));
        changed(before, after, "templateIds", current.links().toString(), fields.links().toString());
        fields.applyTo(a);
        publications.finishEdit(Article.KIND, a, edit, before, after);
        links.replace(Article.KIND, a.id, fields.links());
        return a;
    }

    @Transactional
    public Article submit(UUID id) {
        return publications.submitWhole(Article.KIND, id);
    }

    @Transactional
    public Article decide(UUID id, ReviewDecision decision) {
        return publications.decideWhole(Article.KIND, id, decision);
    }

    @Transactional
    public Article archive(UUID id) {
        return publications.archive(Article.KIND, id);
    }

    /** Articles the caller may see, newest first, with facets (the search itself lives in {@code search/}). */
    public ArticleSearchResult search(ArticleSearch.Query query, PageRequest paging) {
        return articleSearch.search(query, paging);
    }

    /** Published articles that link a template the caller may see (the template's detail page). */
    public ArticleSearchResult forTemplate(UUID templateId, PageRequest paging) {
        templates.ref(templateId); // 404 unless the caller may see the template
        return search(new ArticleSearch.Query(null, null, null, null, null, templateId.toString(), Workflow.PUBLISHED), paging);
    }

    /** 400 listing every invalid reference: unknown platform or category, templates that cannot be linked. */
    private void check(ArticleFields f, String ward) {
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
        links.check(Article.KIND, f.links(), ward);
    }

    private static void changed(Map<String, Object> before, Map<String, Object> after, String field, Object was, Object is) {
        if (!Objects.equals(was, is)) {
            before.put(field, was);
            after.put(field, is);
        }
    }

    // ---- search index ---------------------------------------------------------------------------------------

    /** Keeps the search index in step with every life-cycle change of an article. */
    void indexed(@Observes PublicationChanged change) {
        if (change.item() instanceof Article a) {
            articleSearch.upsert(a.id, a.status, a.ownerWard, a.platform, a.category, a.tags, a.publishedAt,
                    String.join(" ", a.title, a.titleEn == null ? "" : a.titleEn, String.join(" ", a.tags), a.body));
        }
    }
}
