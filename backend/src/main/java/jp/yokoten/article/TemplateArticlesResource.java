package jp.yokoten.article;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jp.yokoten.common.paging.PageRequest;
import jp.yokoten.common.security.CurrentUser;
import jp.yokoten.common.validation.Ids;
import jp.yokoten.search.ArticleSearchResult;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A template's published know-how articles, for its detail page. */
@Path("/api/v1/templates/{id}/articles")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Articles")
public class TemplateArticlesResource {
    @Inject
    ArticleService articles;

    @GET
    @RolesAllowed(CurrentUser.STAFF)
    @Operation(summary = "Published articles linking a template the caller may see, newest first, paged (staff)")
    public ArticleSearchResult list(@PathParam("id") String id, @QueryParam("page") String page, @QueryParam("size") String size) {
        return articles.forTemplate(Ids.uuid(id, "id"), PageRequest.of(page, size));
    }
}
