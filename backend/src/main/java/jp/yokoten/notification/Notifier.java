package jp.yokoten.notification;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jp.yokoten.common.config.Clocks;
import jp.yokoten.notification.mail.MailQueued;

/**
 * Writes one notice to every recipient of an audience, in the caller's transaction: the notifications, the
 * recipients' counters and, for those who want it immediately, the outbox rows of their mails. Rolled back
 * with the event, none of it remains and no mail is sent (the sender only reads committed outbox rows).
 */
@ApplicationScoped
public class Notifier {
    /** Separates list items in the text parameters below; subjects, roles and ward slugs never contain it. */
    private static final String SEP = "\u001f";

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    @Inject
    Event<MailQueued> queued;

    /** Returns how many users were notified. The actor is never among them. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int notify(Notice n, Audience audience) {
        if (audience.isEmpty()) {
            return 0;
        }
        Number count = (Number) em.createNativeQuery("""
                WITH r AS (
                    SELECT subject, CASE WHEN email IS NULL OR email_mode = 'off' THEN 'none'
                                         WHEN email_mode = 'daily' THEN 'digest' ELSE 'immediate' END AS mail
                    FROM portal_user
                    WHERE (subject = ANY (string_to_array(?1, chr(31)))
                           OR roles && string_to_array(?2, chr(31))
                           OR EXISTS (SELECT 1 FROM unnest(roles) role WHERE ward || '/' || role = ANY (string_to_array(?3, chr(31)))))
                      AND subject IS DISTINCT FROM ?4
                ), n AS (
                    INSERT INTO notification (id, recipient, kind, object_type, object_id, title, link, actor_name, detail, created_at, mail)
                    SELECT gen_random_uuid(), r.subject, ?5, ?6, ?7, ?8, ?9, ?10, CAST(?11 AS jsonb), ?12, r.mail FROM r
                    RETURNING id, recipient, mail
                ), o AS (
                    INSERT INTO mail_outbox (id, recipient, kind, notification_id, state, next_attempt_at, created_at)
                    SELECT gen_random_uuid(), n.recipient, 'immediate', n.id, 'pending', ?12, ?12 FROM n WHERE n.mail = 'immediate'
                    RETURNING 1
                ), c AS (
                    UPDATE portal_user SET notification_count = notification_count + 1, unread_count = unread_count + 1
                    WHERE subject IN (SELECT recipient FROM n)
                    RETURNING 1
                )
                SELECT (SELECT count(*) FROM n) + 0 * (SELECT count(*) FROM o) + 0 * (SELECT count(*) FROM c)""")
                .setParameter(1, String.join(SEP, audience.subjects()))
                .setParameter(2, String.join(SEP, audience.roles()))
                .setParameter(3, String.join(SEP, audience.wardRoles()))
                .setParameter(4, n.actor())
                .setParameter(5, n.kind()).setParameter(6, n.objectType()).setParameter(7, n.objectId())
                .setParameter(8, n.title()).setParameter(9, n.link()).setParameter(10, n.actorName())
                .setParameter(11, detail(n.detail())).setParameter(12, Clocks.now())
                .getSingleResult();
        if (count.intValue() > 0) {
            queued.fire(new MailQueued());
        }
        return count.intValue();
    }

    private String detail(NotificationDetail d) {
        try {
            return json.writeValueAsString(d == null ? NotificationDetail.NONE : d);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("notification detail not serialisable", e);
        }
    }

}
