package jp.yokoten.notification;

import java.util.UUID;

/**
 * One event as its recipients read it. {@code kind} names the event for the SPA and the mail templates
 * ({@code <objectType>.<what happened>}, e.g. {@code template.approved}); {@code link} is the SPA path of the
 * object (mails prefix the portal's base URL); {@code actor} is the subject who caused it, never notified.
 */
public record Notice(String kind, String objectType, UUID objectId, String title, String link, String actor, String actorName,
        NotificationDetail detail) {}
