package jp.yokoten.notification;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caller's notification preferences (SPEC §11); its own resource so that it wins over {@code /api/v1/me}. */
@Path("/api/v1/me/preferences")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Notifications")
public class PreferencesResource {
    @Inject
    NotificationService notifications;

    @GET
    @Operation(summary = "The caller's mail preference and language (any role)")
    public Preferences preferences() {
        return notifications.preferences();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set the caller's mail preference (immediate, daily digest at 08:30 JST, off) and language (any role)")
    @APIResponse(responseCode = "200", description = "The preferences as stored")
    @APIResponse(responseCode = "400", description = "Unknown mail preference or language")
    public Preferences setPreferences(@Valid @NotNull Preferences preferences) {
        return notifications.setPreferences(preferences);
    }
}
