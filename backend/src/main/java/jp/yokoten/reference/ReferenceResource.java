package jp.yokoten.reference;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Reference data: platforms and business categories. Small and fixed, so not paged. */
@Path("/api/v1")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reference data")
public class ReferenceResource {
    @Inject
    ReferenceService reference;

    @GET
    @Path("/platforms")
    @Operation(summary = "No-code platforms with Japanese and English labels (any role)")
    public List<Label> platforms() {
        return reference.platforms();
    }

    @GET
    @Path("/categories")
    @Operation(summary = "Business categories with Japanese and English labels (any role)")
    public List<Label> categories() {
        return reference.categories();
    }
}
