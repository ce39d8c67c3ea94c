package jp.yokoten.rating;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jp.yokoten.common.paging.Page;
import jp.yokoten.common.paging.PageRequest;
import jp.yokoten.common.security.CurrentUser;
import jp.yokoten.common.validation.Ids;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Star ratings with comments. */
@Path("/api/v1/templates/{id}")
@RolesAllowed(CurrentUser.STAFF)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Ratings")
public class RatingResource {
    @Inject
    RatingService ratings;

    @PUT
    @Path("/rating")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Rate a published template of another ward, or replace one's rating (staff)")
    @APIResponse(responseCode = "200", description = "The caller's rating")
    @APIResponse(responseCode = "400", description = "Invalid stars or comment")
    @APIResponse(responseCode = "409", description = "The template is not published")
    public RatingView put(@PathParam("id") String id, @Valid @NotNull RatingRequest request) {
        return ratings.put(Ids.uuid(id, "id"), request);
    }

    @DELETE
    @Path("/rating")
    @Operation(summary = "Remove one's rating (staff)")
    @APIResponse(responseCode = "204", description = "Removed")
    public void delete(@PathParam("id") String id) {
        ratings.delete(Ids.uuid(id, "id"));
    }

    @GET
    @Path("/ratings")
    @Operation(summary = "Ratings of a template, newest first, paged (staff)")
    public Page<RatingView> list(@PathParam("id") String id, @QueryParam("page") String page, @QueryParam("size") String size) {
        PageRequest paging = PageRequest.of(page, size);
        return ratings.list(Ids.uuid(id, "id"), paging);
    }
}
