package jp.yokoten.notification.mail;

import io.quarkus.logging.Log;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import jp.yokoten.common.config.Clocks;
import org.eclipse.microprofile.context.ManagedExecutor;

/**
 * Drains mail_outbox over SMTP: woken after every commit that queued mail, and polled as a safety net (mails
 * whose back-off has run out, a replica restarted). One round per replica at a time; replicas share the table
 * through SKIP LOCKED claims.
 */
@ApplicationScoped
public class MailSender {
    private final AtomicBoolean running = new AtomicBoolean();

    @Inject
    MailOutbox outbox;

    @Inject
    MailTexts texts;

    @Inject
    Mailer mailer;

    @Inject
    MailSettings settings;

    @Inject
    ManagedExecutor executor;

    @Scheduled(every = "${yokoten.mail.poll-interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP, delayed = "5s")
    void poll() {
        drain();
    }

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) MailQueued queued) {
        if (settings.sendAfterCommit()) {
            executor.runAsync(this::drain);
        }
    }

    @Scheduled(cron = "${yokoten.mail.digest-cron}", timeZone = "Asia/Tokyo")
    void digest() {
        int collected = outbox.enqueueDigests(Clocks.today());
        Log.infof("Daily digest: %d notification(s) collected", collected);
        drain();
    }

    /** Sends every due mail; returns how many were accepted by the SMTP server. Stops at the first refusal (server down). */
    public int drain() {
        if (!running.compareAndSet(false, true)) {
            return 0;
        }
        int sent = 0;
        try {
            outbox.recover();
            while (true) {
                UUID token = UUID.randomUUID();
                List<UUID> claimed = outbox.claim(token);
                if (claimed.isEmpty()) {
                    return sent;
                }
                for (int i = 0; i < claimed.size(); i++) {
                    Optional<Letter> letter = outbox.startSending(claimed.get(i), token);
                    if (letter.isEmpty()) {
                        continue;
                    }
                    if (send(letter.get())) {
                        sent++;
                    } else {
                        outbox.release(claimed.subList(i + 1, claimed.size()), token);
                        return sent;
                    }
                }
            }
        } finally {
            running.set(false);
        }
    }

    private boolean send(Letter letter) {
        MailTexts.Rendered r = texts.render(letter);
        Mail mail = Mail.withText(letter.to(), r.subject(), r.body())
                .addHeader("Message-ID", "<" + letter.id() + "@" + settings.messageIdDomain() + ">");
        try {
            mailer.send(mail);
        } catch (RuntimeException e) {
            Log.warnf("Mail %s not accepted by the SMTP server (%s); retried after a back-off", letter.id(), e.getMessage());
            outbox.failed(letter.id(), e.getMessage());
            return false;
        }
        outbox.sent(letter.id());
        return true;
    }
}
