package jp.yokoten.story;

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
import jp.yokoten.common.paging.Page;
import jp.yokoten.common.paging.PageRequest;
import jp.yokoten.common.security.CurrentUser;
import jp.yokoten.common.validation.Ids;
import jp.yokoten.common.validation.QueryText;
import jp.yokoten.review.PublicationStatus;
import jp.yokoten.review.ReviewDecision;
import jp.yokoten.search.StorySummary;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Success stories and their review workflow; the same rules and answers as templates. */
@Path("/api/v1/stories")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Stories")
public class StoryResource {

    @Inject
    StoryService stories;

    @Context
    UriInfo uri;

    @GET
    @RolesAllowed(CurrentUser.STAFF)
    @Operation(summary = "Search stories the caller may see, newest first: same tokeniser as template search; "
            + "filters ward, template (linked template id) and status (staff)")
    public Page<StorySummary> search(@QueryParam("q") String q, @QueryParam("ward") String ward,
            @QueryParam("template") String template,
            @Parameter(description = "published (default); other statuses list only what the caller may see",
                    schema = @Schema(implementation = PublicationStatus.class))
            @QueryParam("status") String status,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        QueryText.capped(q, "q", QueryText.SEARCH);
        QueryText.check(QueryText.SLUG, "ward", ward, "template", template, "status", status);
        return stories.search(q, ward, template, status, PageRequest.of(page, size));
    }

    @POST
    @RolesAllowed(CurrentUser.PUBLISHER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a draft story for the caller's ward (publisher with a ward)")
    @APIResponse(responseCode = "201", description = "Created; Location names the story, ETag its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StoryDetail.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields or links", content = @Content(mediaType = "application/problem+json"))
    public Response create(@Valid @NotNull StoryFields fields) {
        Story s = stories.create(fields);
        return Conditional.created(uri, "stories/" + s.id, s.etag(), stories.detail(s));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(CurrentUser.STAFF)
    @Operation(summary = "A story visible to the caller, Markdown body as written, with its ETag (staff)")
    @APIResponse(responseCode = "200", description = "The story",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StoryDetail.class)))
    public Response get(@PathParam("id") String id) {
        Story s = stories.get(Ids.uuid(id, "id"));
        return Conditional.tagged(stories.detail(s), s.etag());
    }

    @PATCH
    @Path("/{id}")
    @RolesAllowed(CurrentUser.PUBLISHER)
    @Consumes({Conditional.MERGE_PATCH, MediaType.APPLICATION_JSON})
    @Operation(summary = "Edit a draft or rejected story with a JSON merge patch; If-Match required (publisher of the owning ward)")
    @RequestBody(content = @Content(mediaType = Conditional.MERGE_PATCH, schema = @Schema(implementation = StoryFields.class)))
    @APIResponse(responseCode = "200", description = "The edited story with its new ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StoryDetail.class)))
    @APIResponse(responseCode = "409", description = "Not editable in its status", content = @Content(mediaType = "application/problem+json"))
    public Response patch(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, JsonNode patch)
            throws JsonProcessingException {
        Story s = stories.patch(Ids.uuid(id, "id"), ifMatch, patch);
        return Conditional.tagged(stories.detail(s), s.etag());
    }

    @POST
    @Path("/{id}/submit")
    @RolesAllowed(CurrentUser.PUBLISHER)
    @Operation(summary = "Submit the story for CoE review (publisher of the owning ward)")
    @APIResponse(responseCode = "409", description = "Already in review, published or archived", content = @Content(mediaType = "application/problem+json"))
    public StoryDetail submit(@PathParam("id") String id) {
        return stories.detail(stories.submit(Ids.uuid(id, "id")));
    }

    @POST
    @Path("/{id}/review")
    @RolesAllowed(CurrentUser.REVIEWER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Approve or reject the pending submission; never one's own (reviewer)")
    @APIResponse(responseCode = "409", description = "Nothing waits for review", content = @Content(mediaType = "application/problem+json"))
    public StoryDetail review(@PathParam("id") String id, @Valid @NotNull ReviewDecision decision) {
        return stories.detail(stories.decide(Ids.uuid(id, "id"), decision));
    }

    @POST
    @Path("/{id}/archive")
    @RolesAllowed({CurrentUser.PUBLISHER, CurrentUser.ADMIN})
    @Operation(summary = "Archive a story (publisher of the owning ward, admin)")
    @APIResponse(responseCode = "409", description = "Archived already or in review", content = @Content(mediaType = "application/problem+json"))
    public StoryDetail archive(@PathParam("id") String id) {
        return stories.detail(stories.archive(Ids.uuid(id, "id")));
    }
}
