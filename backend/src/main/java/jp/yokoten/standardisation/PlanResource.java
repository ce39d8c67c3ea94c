package jp.yokoten.standardisation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jp.yokoten.common.security.CurrentUser;
import jp.yokoten.common.validation.Ids;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A ward's declared plans to move a common process onto the standard (its own root path under /wards/{slug}). */
@Path("/api/v1/wards/{slug}/plans/{processId}")
@RolesAllowed(CurrentUser.PUBLISHER)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Standardisation")
public class PlanResource {
    @Inject
    PlanService plans;

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Declare or update the ward's plan for a common process: {targetOn, note} (publisher of the ward)")
    @APIResponse(responseCode = "201", description = "Declared",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlanView.class)))
    @APIResponse(responseCode = "200", description = "Updated",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlanView.class)))
    @APIResponse(responseCode = "400", description = "Target date in the past or outside 2000..2100, invalid fields",
            content = @Content(mediaType = "application/problem+json"))
    public Response declare(@PathParam("slug") String slug, @PathParam("processId") String processId, @Valid @NotNull PlanRequest request) {
        PlanService.Declared d = plans.declare(slug, Ids.uuid(processId, "processId"), request);
        return Response.status(d.created() ? 201 : 200).entity(d.plan()).build();
    }

    @DELETE
    @Operation(summary = "Withdraw the ward's plan (publisher of the ward)")
    @APIResponse(responseCode = "204", description = "Withdrawn")
    public Response withdraw(@PathParam("slug") String slug, @PathParam("processId") String processId) {
        plans.withdraw(slug, Ids.uuid(processId, "processId"));
        return Response.noContent().build();
    }
}
