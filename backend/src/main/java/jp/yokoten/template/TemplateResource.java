package jp.yokoten.template;

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
import java.util.List;
import jp.yokoten.common.error.InvalidInput;
import jp.yokoten.common.http.Conditional;
import jp.yokoten.common.paging.PageRequest;
import jp.yokoten.common.security.CurrentUser;
import jp.yokoten.common.validation.Ids;
import jp.yokoten.common.validation.QueryText;
import jp.yokoten.review.PublicationStatus;
import jp.yokoten.review.ReviewDecision;
import jp.yokoten.search.SearchQuery;
import jp.yokoten.search.SearchService;
import jp.yokoten.search.Suggestion;
import jp.yokoten.search.TemplateSearchResult;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Templates and their review workflow steps; versions and files are {@code version.VersionResource}'s. */
@Path("/api/v1/templates")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Templates")
public class TemplateResource {

    @Inject
    TemplateService templates;

    @Inject
    SearchService search;

    @Context
    UriInfo uri;

    @GET
    @RolesAllowed(CurrentUser.STAFF)
    @Operation(summary = "Search and browse (staff): Japanese-first text (NFKC, case-folded, every word must match), "
            + "filters with facet counts, sorts relevance | newest | adopted | rated, paged")
    public TemplateSearchResult search(
            @Parameter(description = "words; 1- and 2-character Japanese words are fine") @QueryParam("q") String q,
            @QueryParam("platform") String platform, @QueryParam("category") String category,
            @QueryParam("ward") String ward, @QueryParam("tag") String tag,
            @Parameter(description = "UUID of a common business process") @QueryParam("process") String process,
            @Parameter(description = "published (default); other statuses list only what the caller may see",
                    schema = @Schema(implementation = PublicationStatus.class))
            @QueryParam("status") String status,
            @Parameter(description = "relevance (default with q), newest (default without)",
                    schema = @Schema(enumeration = {"relevance", "newest", "adopted", "rated"}))
            @QueryParam("sort") String sort,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        QueryText.capped(q, "q", QueryText.SEARCH);
        QueryText.check(QueryText.SLUG, "platform", platform, "category", category, "ward", ward, "tag", tag,
                "process", process, "status", status, "sort", sort);
        return search.search(SearchQuery.of(q, platform, category, ward, tag, process, status, sort, PageRequest.of(page, size)));
    }

    @GET
    @Path("/suggest")
    @RolesAllowed(CurrentUser.STAFF)
    @Operation(summary = "Completions for the search box (staff): up to 8 tags and titles of published templates starting with q "
            + "(NFKC, case-folded; one character is enough)")
    @APIResponse(responseCode = "200", description = "Up to 8 suggestions, tags first",
            content = @Content(mediaType = "application/json", schema = @Schema(type = SchemaType.ARRAY, implementation = Suggestion.class)))
    @APIResponse(responseCode = "400", description = "q missing, too long or with control characters",
            content = @Content(mediaType = "application/problem+json"))
    public List<Suggestion> suggest(@Parameter(description = "the prefix typed so far, 1 to 50 characters") @QueryParam("q") String q) {
        if (q == null || q.isBlank()) {
            throw new InvalidInput("q", "must not be blank");
        }
        QueryText.capped(q, "q", 50);
        if (q.codePoints().anyMatch(Character::isISOControl)) {
            throw new InvalidInput("q", "must not contain control characters");
        }
        return search.suggest(q);
    }

    @POST
    @RolesAllowed(CurrentUser.PUBLISHER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a draft template for the caller's ward (publisher with a ward)")
    @APIResponse(responseCode = "201", description = "Created; Location names the template, ETag its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TemplateDetail.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields", content = @Content(mediaType = "application/problem+json"))
    public Response create(@Valid @NotNull TemplateFields fields) {
        Template t = templates.create(fields);
        return Conditional.created(uri, "templates/" + t.id, t.etag(), templates.detail(t));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(CurrentUser.STAFF)
    @Operation(summary = "A template visible to the caller, with its ETag (staff)")
    @APIResponse(responseCode = "200", description = "The template",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TemplateDetail.class)))
    public Response get(@PathParam("id") String id) {
        Template t = templates.view(Ids.uuid(id, "id"));
        return Conditional.tagged(templates.detail(t), t.etag());
    }

    @PATCH
    @Path("/{id}")
    @RolesAllowed(CurrentUser.PUBLISHER)
    @Consumes({Conditional.MERGE_PATCH, MediaType.APPLICATION_JSON})
    @Operation(summary = "Edit a draft or rejected template with a JSON merge patch; If-Match required (publisher of the owning ward)")
    @RequestBody(content = @Content(mediaType = Conditional.MERGE_PATCH, schema = @Schema(implementation = TemplateFields.class)))
    @APIResponse(responseCode = "200", description = "The edited template with its new ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TemplateDetail.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "409", description = "Not editable in its status", content = @Content(mediaType = "application/problem+json"))
    public Response patch(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, JsonNode patch)
            throws JsonProcessingException {
        Template t = templates.patch(Ids.uuid(id, "id"), ifMatch, patch);
        return Conditional.tagged(templates.detail(t), t.etag());
    }

    @POST
    @Path("/{id}/submit")
    @RolesAllowed(CurrentUser.PUBLISHER)
    @Operation(summary = "Submit the template (or its newest version) for CoE review (publisher of the owning ward)")
    @APIResponse(responseCode = "200", description = "The template after submission",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TemplateDetail.class)))
    @APIResponse(responseCode = "409", description = "Nothing to submit, already in review, or high governance findings without "
            + "a justification (type unjustified-findings, listed in `findings`)", content = @Content(mediaType = "application/problem+json"))
    public TemplateDetail submit(@PathParam("id") String id) {
        return templates.detail(templates.submit(Ids.uuid(id, "id")));
    }

    @POST
    @Path("/{id}/review")
    @RolesAllowed(CurrentUser.REVIEWER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Approve or reject the pending submission; never one's own (reviewer)")
    @APIResponse(responseCode = "200", description = "The template after the decision",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TemplateDetail.class)))
    @APIResponse(responseCode = "409", description = "Nothing waits for review", content = @Content(mediaType = "application/problem+json"))
    public TemplateDetail review(@PathParam("id") String id, @Valid @NotNull ReviewDecision decision) {
        return templates.detail(templates.decide(Ids.uuid(id, "id"), decision));
    }

    @POST
    @Path("/{id}/archive")
    @RolesAllowed({CurrentUser.PUBLISHER, CurrentUser.ADMIN})
    @Operation(summary = "Archive a template (publisher of the owning ward, admin)")
    @APIResponse(responseCode = "200", description = "The archived template",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TemplateDetail.class)))
    @APIResponse(responseCode = "409", description = "Archived already or in review", content = @Content(mediaType = "application/problem+json"))
    public TemplateDetail archive(@PathParam("id") String id) {
        return templates.detail(templates.archive(Ids.uuid(id, "id")));
    }
}
