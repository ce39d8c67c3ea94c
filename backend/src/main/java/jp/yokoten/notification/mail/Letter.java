package jp.yokoten.notification.mail;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import jp.yokoten.notification.NotificationDetail;

/** One mail to write: its outbox id (the Message-ID), the address and language, and the notifications it tells of. */
public record Letter(UUID id, String to, String locale, boolean digest, List<Item> items) {
    public record Item(String kind, String title, String link, String actorName, NotificationDetail detail, OffsetDateTime createdAt) {}
}
