package jp.yokoten.notification.mail;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import jp.yokoten.common.config.Clocks;
import jp.yokoten.notification.NotificationDetail;

/**
 * The mail_outbox state machine; each step commits on its own (REQUIRES_NEW) so that what the table says is
 * what happened: pending → claimed (never handed to SMTP) → sending (being handed over) → sent | pending again
 * (the server refused or was unreachable) | failed (attempts used up) | skipped (no address, mail off).
 */
@ApplicationScoped
public class MailOutbox {
    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    @Inject
    MailSettings settings;

    /** Claims up to a batch of due mails for this round; other senders skip them (SKIP LOCKED). */
    @Transactional(TxType.REQUIRES_NEW)
    public List<UUID> claim(UUID token) {
        OffsetDateTime now = Clocks.now();
        @SuppressWarnings("unchecked")
        List<UUID> ids = em.createNativeQuery("""
                SELECT id FROM mail_outbox WHERE state = 'pending' AND next_attempt_at <= ?1
                ORDER BY next_attempt_at, id LIMIT ?2 FOR UPDATE SKIP LOCKED""")
                .setParameter(1, now).setParameter(2, settings.batchSize()).getResultList();
        if (!ids.isEmpty()) {
            em.createNativeQuery("UPDATE mail_outbox SET state = 'claimed', claim_token = ?1, claimed_at = ?2 WHERE id IN (?3)")
                    .setParameter(1, token).setParameter(2, now).setParameter(3, ids).executeUpdate();
        }
        return ids;
    }

    /**
     * Moves a claimed mail to sending and reads what to write; empty when another round took it over or it needs
     * no mail any more (then it is skipped). After this commits, the mail is never sent again automatically.
     */
    @Transactional(TxType.REQUIRES_NEW)
    public Optional<Letter> startSending(UUID id, UUID token) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT o.kind, o.notification_id, u.email, u.locale, u.email_mode FROM mail_outbox o JOIN portal_user u ON u.subject = o.recipient
                WHERE o.id = ?1 AND o.state = 'claimed' AND o.claim_token = ?2 FOR UPDATE OF o""")
                .setParameter(1, id).setParameter(2, token).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] r = rows.get(0);
        if (r[2] == null || "off".equals(r[4])) {
            setState(id, "skipped");
            return Optional.empty();
        }
        boolean digest = "digest".equals(r[0]);
        List<Letter.Item> items = digest ? items("digest_id = ?1", id) : items("id = ?1", (UUID) r[1]);
        if (items.isEmpty()) {
            setState(id, "skipped");
            return Optional.empty();
        }
        setState(id, "sending");
        return Optional.of(new Letter(id, (String) r[2], (String) r[3], digest, items));
    }

    @Transactional(TxType.REQUIRES_NEW)
    public void sent(UUID id) {
        em.createNativeQuery("UPDATE mail_outbox SET state = 'sent', sent_at = ?2, last_error = NULL WHERE id = ?1")
                .setParameter(1, id).setParameter(2, Clocks.now()).executeUpdate();
    }

    /** The server did not accept the mail: due again after an exponential back-off, or given up after the last attempt. */
    @Transactional(TxType.REQUIRES_NEW)
    public void failed(UUID id, String error) {
        Number attempts = (Number) em.createNativeQuery("SELECT attempts + 1 FROM mail_outbox WHERE id = ?1").setParameter(1, id).getSingleResult();
        int n = attempts.intValue();
        boolean giveUp = n >= settings.maxAttempts();
        em.createNativeQuery("""
                UPDATE mail_outbox SET state = ?2, attempts = ?3, next_attempt_at = ?4, last_error = ?5, claim_token = NULL WHERE id = ?1""")
                .setParameter(1, id).setParameter(2, giveUp ? "failed" : "pending").setParameter(3, n)
                .setParameter(4, Clocks.now().plus(backoff(n))).setParameter(5, error == null ? "unknown" : error.substring(0, Math.min(500, error.length())))
                .executeUpdate();
        if (giveUp) {
            Log.errorf("Mail %s given up after %d attempts: %s", id, n, error);
        }
    }

    /** Returns the rest of an interrupted round to the queue; they were never handed to SMTP, so no attempt is counted. */
    @Transactional(TxType.REQUIRES_NEW)
    public void release(List<UUID> ids, UUID token) {
        if (!ids.isEmpty()) {
            em.createNativeQuery("UPDATE mail_outbox SET state = 'pending', claim_token = NULL WHERE id IN (?1) AND state = 'claimed' AND claim_token = ?2")
                    .setParameter(1, ids).setParameter(2, token).executeUpdate();
        }
    }

    /**
     * After a sender stopped mid-round (crash, kill): claimed mails older than the lease go back to the queue,
     * since nothing of them reached SMTP; mails caught in sending become in_doubt and are never resent
     * automatically (they may have been delivered). Returns how many were requeued.
     */
    @Transactional(TxType.REQUIRES_NEW)
    public int recover() {
        OffsetDateTime cutoff = Clocks.now().minus(settings.claimLease());
        int requeued = em.createNativeQuery("""
                UPDATE mail_outbox SET state = 'pending', claim_token = NULL WHERE state = 'claimed' AND claimed_at < ?1""")
                .setParameter(1, cutoff).executeUpdate();
        int doubtful = em.createNativeQuery("UPDATE mail_outbox SET state = 'in_doubt' WHERE state = 'sending' AND claimed_at < ?1")
                .setParameter(1, cutoff).executeUpdate();
        if (doubtful > 0) {
            Log.warnf("%d mail(s) were being handed to SMTP when their sender stopped; marked in_doubt, not resent", doubtful);
        }
        return requeued;
    }

    /** Gathers every notification waiting for a digest into one digest mail per recipient for that JST day. */
    @Transactional(TxType.REQUIRES_NEW)
    public int enqueueDigests(LocalDate day) {
        OffsetDateTime now = Clocks.now();
        return em.createNativeQuery("""
                WITH w AS (SELECT DISTINCT recipient FROM notification WHERE mail = 'digest' AND digest_id IS NULL),
                d AS (INSERT INTO mail_outbox (id, recipient, kind, digest_day, state, next_attempt_at, created_at)
                      SELECT gen_random_uuid(), recipient, 'digest', ?1, 'pending', ?2, ?2 FROM w
                      ON CONFLICT (recipient, digest_day) DO NOTHING RETURNING id, recipient)
                UPDATE notification n SET digest_id = d.id FROM d
                WHERE n.recipient = d.recipient AND n.mail = 'digest' AND n.digest_id IS NULL""")
                .setParameter(1, day).setParameter(2, now).executeUpdate();
    }

    Duration backoff(int attempts) {
        Duration d = settings.initialBackoff().multipliedBy(1L << Math.min(attempts - 1, 20));
        return d.compareTo(settings.maxBackoff()) > 0 ? settings.maxBackoff() : d;
    }

    private void setState(UUID id, String state) {
        em.createNativeQuery("UPDATE mail_outbox SET state = ?2 WHERE id = ?1").setParameter(1, id).setParameter(2, state).executeUpdate();
    }

    private List<Letter.Item> items(String where, UUID key) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT kind, title, link, actor_name, CAST(detail AS text), created_at FROM notification WHERE "
                + where + " ORDER BY created_at, id").setParameter(1, key).getResultList();
        return rows.stream().map(r -> new Letter.Item((String) r[0], (String) r[1], (String) r[2], (String) r[3], detail((String) r[4]), at(r[5])))
                .toList();
    }

    private NotificationDetail detail(String text) {
        try {
            return json.readValue(text, NotificationDetail.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored notification detail unreadable", e);
        }
    }

    private static OffsetDateTime at(Object value) {
        return value instanceof OffsetDateTime o ? o
                : value instanceof java.time.Instant i ? OffsetDateTime.ofInstant(i, ZoneOffset.UTC)
                : ((java.sql.Timestamp) value).toInstant().atOffset(ZoneOffset.UTC);
    }
}
