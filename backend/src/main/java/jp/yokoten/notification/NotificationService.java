package jp.yokoten.notification;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import jp.yokoten.common.config.Clocks;
import jp.yokoten.common.error.InvalidInput;
import jp.yokoten.common.error.NotFound;
import jp.yokoten.common.paging.PageRequest;
import jp.yokoten.common.security.CurrentUser;
import jp.yokoten.user.PortalUsers;

/**
 * The caller's inbox and preferences. Reads are plain SQL over notification (index notification_inbox /
 * notification_unread); totals come from the counters portal_user keeps, so the bell never counts rows.
 */
@ApplicationScoped
public class NotificationService {
    @Inject
    CurrentUser user;

    @Inject
    PortalUsers users;

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    public NotificationPage inbox(boolean unreadOnly, PageRequest paging) {
        long[] counts = counts();
        @SuppressWarnings("unchecked")
        String unread = unreadOnly ? " AND read_at IS NULL" : "";
        List<Object[]> rows = em.createNativeQuery("SELECT id, kind, object_type, object_id, title, link, actor_name, CAST(detail AS text), "
                + "created_at, read_at FROM notification WHERE recipient = ?1" + unread + " ORDER BY created_at DESC, id DESC LIMIT ?2 OFFSET ?3")
                .setParameter(1, user.subject()).setParameter(2, paging.size()).setParameter(3, paging.offset())
                .getResultList();
        List<NotificationView> items = rows.stream().map(this::view).toList();
        return new NotificationPage(items, paging.page(), paging.size(), unreadOnly ? counts[1] : counts[0], counts[1]);
    }

    /** Marks the listed notifications (all of them the caller's, else 404 and nothing changes) or all as read. */
    @Transactional
    public UnreadCount markRead(ReadRequest request) {
        boolean all = Boolean.TRUE.equals(request.all());
        boolean listed = request.ids() != null && !request.ids().isEmpty();
        if (all == listed) {
            throw new InvalidInput("ids", "give either ids (1 to 100) or all: true");
        }
        String ids = listed ? request.ids().stream().map(UUID::toString).distinct().reduce((a, b) -> a + "," + b).orElseThrow() : "";
        if (listed) {
            Number mine = (Number) em.createNativeQuery(
                    "SELECT count(*) FROM notification WHERE recipient = ?1 AND id = ANY (CAST(string_to_array(?2, ',') AS uuid[]))")
                    .setParameter(1, user.subject()).setParameter(2, ids).getSingleResult();
            if (mine.longValue() != ids.split(",").length) {
                throw new NotFound("Some of these notifications do not exist.");
            }
        }
        em.createNativeQuery("""
                WITH r AS (
                    UPDATE notification SET read_at = ?3
                    WHERE recipient = ?1 AND read_at IS NULL AND (?4 OR id = ANY (CAST(string_to_array(?2, ',') AS uuid[])))
                    RETURNING 1)
                UPDATE portal_user SET unread_count = unread_count - (SELECT count(*) FROM r) WHERE subject = ?1""")
                .setParameter(1, user.subject()).setParameter(2, ids).setParameter(3, Clocks.now()).setParameter(4, all)
                .executeUpdate();
        return new UnreadCount(counts()[1]);
    }

    public Preferences preferences() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT email_mode, locale FROM portal_user WHERE subject = ?1")
                .setParameter(1, user.subject()).getResultList();
        return rows.isEmpty() ? new Preferences("immediate", "ja") : new Preferences((String) rows.get(0)[0], (String) rows.get(0)[1]);
    }

    @Transactional
    public Preferences setPreferences(Preferences p) {
        users.touch(user);
        em.createNativeQuery("UPDATE portal_user SET email_mode = ?2, locale = ?3 WHERE subject = ?1")
                .setParameter(1, user.subject()).setParameter(2, p.email()).setParameter(3, p.locale()).executeUpdate();
        return p;
    }

    private long[] counts() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT notification_count, unread_count FROM portal_user WHERE subject = ?1")
                .setParameter(1, user.subject()).getResultList();
        return rows.isEmpty() ? new long[] {0, 0}
                : new long[] {((Number) rows.get(0)[0]).longValue(), ((Number) rows.get(0)[1]).longValue()};
    }

    private NotificationView view(Object[] r) {
        try {
            return new NotificationView((UUID) r[0], (String) r[1], (String) r[2], (UUID) r[3], (String) r[4], (String) r[5], (String) r[6],
                    json.readValue((String) r[7], NotificationDetail.class), at(r[8]), r[9] != null);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored notification detail unreadable", e);
        }
    }

    static OffsetDateTime at(Object value) {
        return value instanceof OffsetDateTime o ? o
                : value instanceof java.time.Instant i ? OffsetDateTime.ofInstant(i, java.time.ZoneOffset.UTC)
                : ((java.sql.Timestamp) value).toInstant().atOffset(java.time.ZoneOffset.UTC);
    }
}
