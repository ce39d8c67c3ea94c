package jp.yokoten.notification;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One notification in the caller's inbox. */
public record NotificationView(UUID id, String kind, String objectType, UUID objectId, String title, String link,
        @Schema(nullable = true) String actorName, NotificationDetail detail, OffsetDateTime createdAt, boolean read) {}
