package jp.yokoten.adoption;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jp.yokoten.common.paging.Page;
import jp.yokoten.common.paging.PageRequest;
import jp.yokoten.common.security.CurrentUser;
import jp.yokoten.common.validation.Ids;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A template's adoptions by wards (the ward view is {@link WardAdoptionResource}). */
@Path("/api/v1/templates/{id}")
@RolesAllowed(CurrentUser.STAFF)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Adoptions")
public class AdoptionResource {
    @Inject
    AdoptionService adoptions;

    @PUT
    @Path("/adoption")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record or update the caller's ward's adoption of a published template (staff with a ward)")
    @APIResponse(responseCode = "201", description = "Recorded for the first time",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AdoptionView.class)))
    @APIResponse(responseCode = "200", description = "Updated",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AdoptionView.class)))
    @APIResponse(responseCode = "400", description = "Future date, unknown or unapproved version, invalid fields",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "409", description = "Template not published or version withdrawn",
            content = @Content(mediaType = "application/problem+json"))
    public Response record(@PathParam("id") String id, @Valid @NotNull AdoptionRequest request) {
        AdoptionService.Recorded r = adoptions.record(Ids.uuid(id, "id"), request);
        return Response.status(r.created() ? 201 : 200).entity(r.adoption()).build();
    }

    @GET
    @Path("/adoptions")
    @Operation(summary = "Wards that adopted a template, with status, paged (staff)")
    public Page<AdoptionView> forTemplate(@PathParam("id") String id, @QueryParam("page") String page, @QueryParam("size") String size) {
        PageRequest paging = PageRequest.of(page, size);
        return adoptions.forTemplate(Ids.uuid(id, "id"), paging);
    }
}
