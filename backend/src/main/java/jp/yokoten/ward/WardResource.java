package jp.yokoten.ward;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Reference data: the 23 special wards. Small and fixed, so not paged. */
@Path("/api/v1/wards")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reference data")
public class WardResource {
    @Inject
    WardService wards;

    @GET
    @Operation(summary = "The 23 special wards with official codes and Japanese and English names (any role)")
    public List<WardView> list() {
        return wards.list();
    }
}
