package jp.yokoten.notification;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One notification in the caller's inbox. */
public record NotificationView(UUID id, String kind, String objectType, UUID objectId, String title, String link, String actorName,
        NotificationDetail detail, OffsetDateTime createdAt, boolean read) {}
