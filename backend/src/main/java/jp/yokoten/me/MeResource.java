package jp.yokoten.me;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jp.yokoten.common.security.CurrentUser;
import jp.yokoten.ward.WardService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caller's own identity. */
@Path("/api/v1/me")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Identity")
public class MeResource {
    @Inject
    CurrentUser user;

    @Inject
    WardService wards;

    @GET
    @Operation(summary = "Subject, name, ward and portal roles of the caller (any role)")
    public Me me() {
        return new Me(user.subject(), user.username(), user.displayName(),
                user.ward().flatMap(wards::find).orElse(null), user.roles());
    }
}
