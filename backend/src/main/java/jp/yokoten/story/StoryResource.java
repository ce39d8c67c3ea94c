package jp.yokoten.story;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jp.yokoten.common.paging.Page;
import jp.yokoten.common.paging.PageRequest;
import jp.yokoten.common.security.CurrentUser;
import jp.yokoten.common.validation.QueryText;
import jp.yokoten.publication.PublicationResource;
import jp.yokoten.review.PublicationStatus;
import jp.yokoten.search.StorySummary;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Success stories: their search here, their life cycle ({@link PublicationResource}) as every writing's. */
@Path("/api/v1/stories")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Stories")
public class StoryResource extends PublicationResource<Story, StoryFields, StoryDetail, StoryService> {

    StoryResource(StoryService stories) {
        super(stories);
    }

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
        return service.search(q, ward, template, status, PageRequest.of(page, size));
    }
}
