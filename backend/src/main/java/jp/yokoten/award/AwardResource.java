package jp.yokoten.award;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.security.Authenticated;
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
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import jp.yokoten.common.http.Conditional;
import jp.yokoten.common.paging.Page;
import jp.yokoten.common.paging.PageRequest;
import jp.yokoten.common.security.CurrentUser;
import jp.yokoten.common.validation.Ids;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Award rounds (SPEC §8): admin runs them; everyone sees the non-draft ones and, once published, the results. */
@Path("/api/v1/awards")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Awards")
public class AwardResource {
    static final String CSV = "text/csv";

    @Inject
    AwardRoundService rounds;

    @Inject
    AwardResultService results;

    @Context
    UriInfo uri;

    @GET
    @Authenticated
    @Operation(summary = "Award rounds, newest fiscal year first; draft rounds only for admin (any signed-in user)")
    public Page<RoundView> list(@QueryParam("page") String page, @QueryParam("size") String size) {
        return rounds.list(PageRequest.of(page, size));
    }

    @POST
    @RolesAllowed(CurrentUser.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create the round of a fiscal year, in draft (admin)")
    @APIResponse(responseCode = "201", description = "Created; Location names the round, ETag its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RoundView.class)))
    @APIResponse(responseCode = "409", description = "The year has a round already", content = @Content(mediaType = "application/problem+json"))
    public Response create(@Valid @NotNull RoundFields fields) {
        AwardRound r = rounds.create(fields);
        return Conditional.created(uri, "awards/" + r.id, rounds.etag(r), rounds.view(r));
    }

    @GET
    @Path("/{id}")
    @Authenticated
    @Operation(summary = "A round with its ETag; a draft round only for admin (any signed-in user)")
    @APIResponse(responseCode = "200", description = "The round",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RoundView.class)))
    public Response get(@PathParam("id") String id) {
        AwardRound r = rounds.get(Ids.uuid(id, "id"));
        return Conditional.tagged(rounds.view(r), rounds.etag(r));
    }

    @PATCH
    @Path("/{id}")
    @RolesAllowed(CurrentUser.ADMIN)
    @Consumes({Conditional.MERGE_PATCH, MediaType.APPLICATION_JSON})
    @Operation(summary = "Edit a draft or open round with a JSON merge patch; If-Match required (admin)")
    @RequestBody(content = @Content(mediaType = Conditional.MERGE_PATCH, schema = @Schema(implementation = RoundFields.class)))
    @APIResponse(responseCode = "200", description = "The edited round with its new ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RoundView.class)))
    @APIResponse(responseCode = "409", description = "Judging has started", content = @Content(mediaType = "application/problem+json"))
    public Response patch(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, JsonNode patch)
            throws JsonProcessingException {
        AwardRound r = rounds.patch(Ids.uuid(id, "id"), ifMatch, patch);
        return Conditional.tagged(rounds.view(r), rounds.etag(r));
    }

    @POST
    @Path("/{id}/phase")
    @RolesAllowed(CurrentUser.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Move the round to its next phase: draft → open → judging (evidence frozen) → decided → published (admin)")
    @APIResponse(responseCode = "200", description = "The round in its new phase",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RoundView.class)))
    @APIResponse(responseCode = "409", description = "Not the next phase", content = @Content(mediaType = "application/problem+json"))
    public RoundView phase(@PathParam("id") String id, @Valid @NotNull PhaseRequest request) {
        return rounds.view(rounds.move(Ids.uuid(id, "id"), request.phase().strip()));
    }

    @GET
    @Path("/{id}/results")
    @Authenticated
    @Operation(summary = "The ranking, standardised and raw side by side: admin and judges from decided (not judges of an "
            + "entering ward), everyone once published")
    @APIResponse(responseCode = "200", description = "The ranked entries",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AwardResults.class)))
    @APIResponse(responseCode = "409", description = "Not decided yet", content = @Content(mediaType = "application/problem+json"))
    public AwardResults results(@PathParam("id") String id) {
        return results.results(Ids.uuid(id, "id"));
    }

    @GET
    @Path("/{id}/results")
    @Produces(CSV)
    @Authenticated
    @Operation(summary = "The ranking as CSV (UTF-8 with BOM)")
    public Response resultsCsv(@PathParam("id") String id) {
        AwardResults r = results.results(Ids.uuid(id, "id"));
        StreamingOutput body = out -> results.csv(r, out);
        return Response.ok(body, CSV + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"yokoten-award-FY" + r.fiscalYear() + ".csv\"").build();
    }
}
