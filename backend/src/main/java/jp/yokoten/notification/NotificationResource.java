package jp.yokoten.notification;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jp.yokoten.common.error.InvalidInput;
import jp.yokoten.common.paging.PageRequest;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caller's own notifications (SPEC §11); every signed-in user, nobody else's. */
@Path("/api/v1/notifications")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Notifications")
public class NotificationResource {
    @Inject
    NotificationService notifications;

    @GET
        @Operation(summary = "The caller's notifications, newest first, paged, with the unread count (any role)")
    @APIResponse(responseCode = "200", description = "A page of notifications")
    @APIResponse(responseCode = "400", description = "Invalid unread flag or paging")
    public NotificationPage list(@QueryParam("unread") String unread, @QueryParam("page") String page, @QueryParam("size") String size) {
        PageRequest paging = PageRequest.of(page, size);
        return notifications.inbox(flag(unread), paging);
    }

    @POST
    @Path("/read")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Mark the listed notifications, or all of them, as read (any role)")
    @APIResponse(responseCode = "200", description = "The unread count afterwards")
    @APIResponse(responseCode = "400", description = "Neither or both of ids and all, or more than 100 ids")
    @APIResponse(responseCode = "404", description = "An id that is not one of the caller's notifications")
    public UnreadCount read(@Valid @NotNull ReadRequest request) {
        return notifications.markRead(request);
    }

    private static boolean flag(String unread) {
        if (unread == null || unread.isBlank() || "false".equals(unread.strip())) {
            return false;
        }
        if ("true".equals(unread.strip())) {
            return true;
        }
        throw new InvalidInput("unread", "must be true or false");
    }
}
