package jp.yokoten.award;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import jp.yokoten.common.paging.Page;
import jp.yokoten.common.paging.PageRequest;
import jp.yokoten.common.security.CurrentUser;
import jp.yokoten.common.validation.Ids;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Entries of a round, their score sheets and prizes (SPEC §8). */
@Path("/api/v1/awards/{id}/entries")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Awards")
public class AwardEntryResource {
    @Inject
    AwardEntryService entries;

    @Inject
    AwardJudgingService judging;

    @Context
    UriInfo uri;

    @GET
    @Authenticated
    @Operation(summary = "Entries the caller may see, in entry order: the own ward's; judges all but their own ward's; "
            + "admin all; everyone once published")
    public Page<EntryView> list(@PathParam("id") String id, @QueryParam("page") String page, @QueryParam("size") String size) {
        return entries.list(Ids.uuid(id, "id"), PageRequest.of(page, size));
    }

    @POST
    @RolesAllowed(CurrentUser.PUBLISHER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Enter a published story or template of the caller's ward while the round is open (publisher)")
    @APIResponse(responseCode = "201", description = "Entered; Location names the entry",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EntryView.class)))
    @APIResponse(responseCode = "400", description = "Not a published story or template of your ward", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "409", description = "Not open, entered already, or the ward's limit reached", content = @Content(mediaType = "application/problem+json"))
    public Response enter(@PathParam("id") String id, @Valid @NotNull EntryRequest request) {
        UUID roundId = Ids.uuid(id, "id");
        AwardEntry e = entries.enter(roundId, request);
        return Response.created(URI.create(uri.getBaseUri() + "api/v1/awards/" + roundId + "/entries/" + e.id))
                .entity(entries.get(roundId, e.id)).build();
    }

    @GET
    @Path("/{entryId}")
    @Authenticated
    @Operation(summary = "One entry with its frozen evidence and the calling judge's own sheet; 403 to a judge of the entry's ward")
    public EntryView get(@PathParam("id") String id, @PathParam("entryId") String entryId) {
        return entries.get(Ids.uuid(id, "id"), Ids.uuid(entryId, "entryId"));
    }

    @DELETE
    @Path("/{entryId}")
    @RolesAllowed(CurrentUser.PUBLISHER)
    @Operation(summary = "Withdraw an entry while the round is open (publisher of the entering ward)")
    @APIResponse(responseCode = "204", description = "Withdrawn")
    @APIResponse(responseCode = "409", description = "The round is no longer open", content = @Content(mediaType = "application/problem+json"))
    public Response withdraw(@PathParam("id") String id, @PathParam("entryId") String entryId) {
        entries.withdraw(Ids.uuid(id, "id"), Ids.uuid(entryId, "entryId"));
        return Response.noContent().build();
    }

    @PUT
    @Path("/{entryId}/score")
    @RolesAllowed(CurrentUser.AWARD_COMMITTEE)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Score an entry (1–5 per criterion) or replace one's sheet while judging; never an entry of one's own ward (award_committee)")
    @APIResponse(responseCode = "200", description = "The caller's sheet",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SheetView.class)))
    @APIResponse(responseCode = "409", description = "The round is not judging", content = @Content(mediaType = "application/problem+json"))
    public SheetView score(@PathParam("id") String id, @PathParam("entryId") String entryId, @Valid @NotNull ScoreRequest request) {
        return SheetView.of(judging.score(Ids.uuid(id, "id"), Ids.uuid(entryId, "entryId"), request));
    }

    @GET
    @Path("/{entryId}/sheets")
    @RolesAllowed({CurrentUser.AWARD_COMMITTEE, CurrentUser.ADMIN})
    @Operation(summary = "Every judge's sheet for the entry: admin from judging, judges from decided (blind before; never their own ward's)")
    public List<SheetView> sheets(@PathParam("id") String id, @PathParam("entryId") String entryId) {
        return judging.sheets(Ids.uuid(id, "id"), Ids.uuid(entryId, "entryId"));
    }

    @PUT
    @Path("/{entryId}/prize")
    @RolesAllowed(CurrentUser.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set or clear (null) an entry's prize while the round is decided; one grand prize per round (admin)")
    @APIResponse(responseCode = "200", description = "The entry with its prize",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EntryView.class)))
    @APIResponse(responseCode = "409", description = "Not decided, or the grand prize is taken", content = @Content(mediaType = "application/problem+json"))
    public EntryView prize(@PathParam("id") String id, @PathParam("entryId") String entryId, @Valid @NotNull PrizeRequest request) {
        UUID roundId = Ids.uuid(id, "id");
        AwardEntry e = judging.prize(roundId, Ids.uuid(entryId, "entryId"), request.prize());
        return entries.get(roundId, e.id);
    }
}
