package jp.yokoten.article;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jp.yokoten.common.http.Conditional;
import jp.yokoten.common.paging.PageRequest;
import jp.yokoten.common.security.CurrentUser;
import jp.yokoten.common.validation.Ids;
import jp.yokoten.common.validation.QueryText;
import jp.yokoten.review.PublicationStatus;
import jp.yokoten.review.ReviewDecision;
import jp.yokoten.search.ArticleSearch;
import jp.yokoten.search.ArticleSearchResult;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Know-how articles (開発ノウハウ) and their review workflow; the same rules and answers as stories. */
@Path("/api/v1/articles")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Articles")
public class ArticleResource {

    @Inject
    ArticleService articles;

    @Context
    UriInfo uri;

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
        return articles.search(new ArticleSearch.Query(q, platform, category, ward, tag, template, status), PageRequest.of(page, size));
    }

    @POST
    @RolesAllowed(CurrentUser.PUBLISHER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a draft article for the caller's ward (publisher with a ward)")
    @APIResponse(responseCode = "201", description = "Created; Location names the article, ETag its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ArticleDetail.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields or links", content = @Content(mediaType = "application/problem+json"))
    public Response create(@Valid @NotNull ArticleFields fields) {
        Article a = articles.create(fields);
        return Conditional.created(uri, "articles/" + a.id, a.etag(), articles.detail(a));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(CurrentUser.STAFF)
    @Operation(summary = "An article visible to the caller, Markdown body as written, with its ETag (staff)")
    @APIResponse(responseCode = "200", description = "The article",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ArticleDetail.class)))
    public Response get(@PathParam("id") String id) {
        Article a = articles.get(Ids.uuid(id, "id"));
        return Conditional.tagged(articles.detail(a), a.etag());
    }

    @PATCH
    @Path("/{id}")
    @RolesAllowed(CurrentUser.PUBLISHER)
    @Consumes({Conditional.MERGE_PATCH, MediaType.APPLICATION_JSON})
    @Operation(summary = "Edit a draft or rejected article with a JSON merge patch; If-Match required (publisher of the owning ward)")
    @RequestBody(content = @Content(mediaType = Conditional.MERGE_PATCH, schema = @Schema(implementation = ArticleFields.class)))
    @APIResponse(responseCode = "200", description = "The edited article with its new ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ArticleDetail.class)))
    @APIResponse(responseCode = "409", description = "Not editable in its status", content = @Content(mediaType = "application/problem+json"))
    public Response patch(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, JsonNode patch)
            throws JsonProcessingException {
        Article a = articles.patch(Ids.uuid(id, "id"), ifMatch, patch);
        return Conditional.tagged(articles.detail(a), a.etag());
    }

    @POST
    @Path("/{id}/submit")
    @RolesAllowed(CurrentUser.PUBLISHER)
    @Operation(summary = "Submit the article for CoE review (publisher of the owning ward)")
    @APIResponse(responseCode = "409", description = "Already in review, published or archived", content = @Content(mediaType = "application/problem+json"))
    public ArticleDetail submit(@PathParam("id") String id) {
        return articles.detail(articles.submit(Ids.uuid(id, "id")));
    }

    @POST
    @Path("/{id}/review")
    @RolesAllowed(CurrentUser.REVIEWER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Approve or reject the pending submission; never one's own (reviewer)")
    @APIResponse(responseCode = "409", description = "Nothing waits for review", content = @Content(mediaType = "application/problem+json"))
    public ArticleDetail review(@PathParam("id") String id, @Valid @NotNull ReviewDecision decision) {
        return articles.detail(articles.decide(Ids.uuid(id, "id"), decision));
    }

    @POST
    @Path("/{id}/archive")
    @RolesAllowed({CurrentUser.PUBLISHER, CurrentUser.ADMIN})
    @Operation(summary = "Archive an article (publisher of the owning ward, admin)")
    @APIResponse(responseCode = "409", description = "Archived already or in review", content = @Content(mediaType = "application/problem+json"))
    public ArticleDetail archive(@PathParam("id") String id) {
        return articles.detail(articles.archive(Ids.uuid(id, "id")));
    }
}
