package jp.yokoten.review;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jp.yokoten.common.paging.Page;
import jp.yokoten.common.paging.PageRequest;
import jp.yokoten.common.security.CurrentUser;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The CoE review queue. */
@Path("/api/v1/reviews")
@RolesAllowed(CurrentUser.REVIEWER)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Review")
public class ReviewResource {
    @Inject
    ReviewService reviews;

    @GET
    @Operation(summary = "Submissions: pending oldest first (the queue), or decided newest first (reviewer)")
    public Page<ReviewView> list(@Parameter(description = "pending: oldest submission first; decided: newest decision first",
            schema = @Schema(enumeration = {"pending", "decided"}, defaultValue = "pending"))
            @QueryParam("status") @DefaultValue("pending") String status,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        return reviews.list(status, PageRequest.of(page, size));
    }
}
