package jp.yokoten.adoption;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jp.yokoten.common.paging.Page;
import jp.yokoten.common.paging.PageRequest;
import jp.yokoten.common.security.CurrentUser;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A ward's adoptions (its own root path: JAX-RS matches the longest root path and does not backtrack). */
@Path("/api/v1/wards/{slug}/adoptions")
@RolesAllowed(CurrentUser.STAFF)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Adoptions")
public class WardAdoptionResource {
    @Inject
    AdoptionService adoptions;

    @GET
    @Operation(summary = "A ward's adoptions, newest first, with updateAvailable when a newer approved version exists (staff)")
    public Page<AdoptionView> forWard(@PathParam("slug") String slug, @QueryParam("page") String page, @QueryParam("size") String size) {
        return adoptions.forWard(slug, PageRequest.of(page, size));
    }
}
