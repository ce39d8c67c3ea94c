package jp.yokoten.publication;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import jp.yokoten.common.error.Problem;
import jp.yokoten.common.http.Conditional;
import jp.yokoten.common.security.CurrentUser;
import jp.yokoten.common.validation.Ids;
import jp.yokoten.review.ReviewDecision;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * The HTTP surface of the publishable life cycle, once: create, read, merge-patch edit, submit, review and archive
 * of a kind reviewed as a whole (stories, articles) at {@code /api/v1/<plural>}. A kind's resource extends it with
 * its types and adds its own {@code @Path}, {@code @Tag} and search.
 *
 * <p>The contract stays per kind: SmallRye resolves {@code F} and {@code D} for each subclass, the documents'
 * {@code {item}} / {@code {an item}} name the kind ({@code common/openapi/ItemNames}), and the merge-patch body is
 * the create body made partial ({@code common/openapi/Schemas}).
 */
public abstract class PublicationResource<P extends Publishable, F extends Fields<P>, D, S extends PublicationService<P, F, D>> {
    /** The kind's service: the steps here, and whatever the kind's own endpoints ask of it. */
    protected final S service;

    protected PublicationResource(S service) {
        this.service = service;
    }

    @POST
    @RolesAllowed(CurrentUser.PUBLISHER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a draft {item} for the caller's ward (publisher with a ward)")
    @APIResponse(responseCode = "201", description = "Created; Location names the {item}, ETag its version")
    @APIResponse(responseCode = "400", description = "Invalid fields or links", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public RestResponse<D> create(@Valid @NotNull F fields, @Context UriInfo uri) {
        P p = service.create(fields);
        URI location = URI.create(uri.getBaseUri() + "api/v1/" + service.kind().plural() + "/" + p.id);
        return RestResponse.ResponseBuilder.<D>created(location).tag(Conditional.unquoted(p.etag()))
                .entity(service.detail(p)).build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(CurrentUser.STAFF)
    @Operation(summary = "{An item} visible to the caller, Markdown body as written, with its ETag (staff)")
    @APIResponse(responseCode = "200", description = "The {item}")
    public RestResponse<D> get(@PathParam("id") String id) {
        return tagged(service.get(Ids.uuid(id, "id")));
    }

    @PATCH
    @Path("/{id}")
    @RolesAllowed(CurrentUser.PUBLISHER)
    @Consumes({Conditional.MERGE_PATCH, MediaType.APPLICATION_JSON})
    @Operation(summary = "Edit a draft or rejected {item} with a JSON merge patch; If-Match required (publisher of the owning ward)")
    @RequestBody(content = @Content(mediaType = Conditional.MERGE_PATCH, schema = @Schema(type = SchemaType.OBJECT)))
    @APIResponse(responseCode = "200", description = "The edited {item} with its new ETag")
    @APIResponse(responseCode = "409", description = "Not editable in its status", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public RestResponse<D> patch(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, JsonNode patch)
            throws JsonProcessingException {
        return tagged(service.patch(Ids.uuid(id, "id"), ifMatch, patch));
    }

    @POST
    @Path("/{id}/submit")
    @RolesAllowed(CurrentUser.PUBLISHER)
    @Operation(summary = "Submit the {item} for CoE review (publisher of the owning ward)")
    @APIResponse(responseCode = "409", description = "Already in review, published or archived", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public D submit(@PathParam("id") String id) {
        return service.detail(service.submit(Ids.uuid(id, "id")));
    }

    @POST
    @Path("/{id}/review")
    @RolesAllowed(CurrentUser.REVIEWER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Approve or reject the pending submission; never one's own (reviewer)")
    @APIResponse(responseCode = "409", description = "Nothing waits for review", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public D review(@PathParam("id") String id, @Valid @NotNull ReviewDecision decision) {
        return service.detail(service.decide(Ids.uuid(id, "id"), decision));
    }

    @POST
    @Path("/{id}/archive")
    @RolesAllowed({CurrentUser.PUBLISHER, CurrentUser.ADMIN})
    @Operation(summary = "Archive {an item} (publisher of the owning ward, admin)")
    @APIResponse(responseCode = "409", description = "Archived already or in review", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public D archive(@PathParam("id") String id) {
        return service.detail(service.archive(Ids.uuid(id, "id")));
    }

    /** 200 with the item's detail and its entity tag: the answer of every read or edit. */
    private RestResponse<D> tagged(P p) {
        return RestResponse.ResponseBuilder.ok(service.detail(p)).tag(Conditional.unquoted(p.etag())).build();
    }
}
