package jp.yokoten.standardisation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jp.yokoten.adoption.AdoptionService;
import jp.yokoten.adoption.AdoptionView;
import jp.yokoten.common.security.CurrentUser;
import jp.yokoten.common.validation.Ids;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Adoptions learned by hearing surveys, recorded on a ward's behalf (SPEC §13); the ward's own PUT replaces them. */
@Path("/api/v1/templates/{id}/adoptions/{ward}")
@RolesAllowed({CurrentUser.REVIEWER, CurrentUser.ADMIN})
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Adoptions")
public class HearingAdoptionResource {
    @Inject
    PlanService plans;

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record an adoption on behalf of a ward from a hearing survey: the adoption body plus source: hearing "
            + "and a required note (reviewer, admin)")
    @APIResponse(responseCode = "201", description = "Recorded for the first time",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AdoptionView.class)))
    @APIResponse(responseCode = "200", description = "Updated",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AdoptionView.class)))
    @APIResponse(responseCode = "409", description = "Template not published, or the ward recorded this adoption itself",
            content = @Content(mediaType = "application/problem+json"))
    public Response record(@PathParam("id") String id, @PathParam("ward") String ward, @Valid @NotNull HearingAdoptionRequest request) {
        AdoptionService.Recorded r = plans.hearing(Ids.uuid(id, "id"), ward, request);
        return Response.status(r.created() ? 201 : 200).entity(r.adoption()).build();
    }
}
