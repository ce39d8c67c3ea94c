package jp.yokoten.article;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jp.yokoten.common.paging.PageRequest;
import jp.yokoten.common.security.CurrentUser;
import jp.yokoten.common.validation.QueryText;
import jp.yokoten.publication.PublicationResource;
import jp.yokoten.review.PublicationStatus;
import jp.yokoten.search.ArticleSearch;
import jp.yokoten.search.ArticleSearchResult;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Know-how articles (開発ノウハウ): their faceted search here, their life cycle ({@link PublicationResource}) as every writing's. */
@Path("/api/v1/articles")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Articles")
public class ArticleResource extends PublicationResource<Article, ArticleFields, ArticleDetail, ArticleService> {

    ArticleResource(ArticleService articles) {
        super(articles);
    }

    @GET
    @RolesAllowed(CurrentUser.STAFF)
    @Operation(summary = "Search know-how articles the caller may see, newest first: same tokeniser as template search; "
            + "filters platform, category, ward, tag, template (linked template id) and status, with facets (staff)")
    public ArticleSearchResult search(@QueryParam("q") String q, @QueryParam("platform") String platform,
            @QueryParam("category") String category, @QueryParam("ward") String ward, @QueryParam("tag") String tag,
            @QueryParam("template") String template,
            @Parameter(description = "published (default); other statuses list only what the caller may see",
                    schema = @Schema(implementation = PublicationStatus.class))
            @QueryParam("status") String status,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        QueryText.capped(q, "q", QueryText.SEARCH);
        QueryText.capped(tag, "tag", QueryText.SEARCH);
        QueryText.check(QueryText.SLUG, "platform", platform, "category", category, "ward", ward, "template", template, "status", status);
        return service.search(new ArticleSearch.Query(q, platform, category, ward, tag, template, status), PageRequest.of(page, size));
    }
}
