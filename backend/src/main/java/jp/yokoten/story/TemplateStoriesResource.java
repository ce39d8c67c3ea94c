package jp.yokoten.story;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jp.yokoten.common.paging.Page;
import jp.yokoten.search.StorySummary;
import jp.yokoten.common.paging.PageRequest;
import jp.yokoten.common.security.CurrentUser;
import jp.yokoten.common.validation.Ids;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A template's published success stories, for its detail page. */
@Path("/api/v1/templates/{id}/stories")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Stories")
public class TemplateStoriesResource {
    @Inject
    StoryService stories;

    @GET
    @RolesAllowed(CurrentUser.STAFF)
    @Operation(summary = "Published stories linking a template the caller may see, newest first, paged (staff)")
    public Page<StorySummary> list(@PathParam("id") String id, @QueryParam("page") String page, @QueryParam("size") String size) {
        return stories.forTemplate(Ids.uuid(id, "id"), PageRequest.of(page, size));
    }
}
