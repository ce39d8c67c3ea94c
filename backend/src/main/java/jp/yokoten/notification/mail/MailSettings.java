package jp.yokoten.notification.mail;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Notification mail settings under {@code yokoten.mail.*} (SMTP itself is {@code quarkus.mailer.*}). */
@ConfigMapping(prefix = "yokoten.mail")
public interface MailSettings {
    /** The portal's public URL; mails link to {@code <base-url><object path>} (YOKOTEN_PUBLIC_URL). */
    String baseUrl();

    /** Right-hand side of the Message-ID every mail carries ({@code <outbox id>@<domain>}). */
    @WithDefault("yokoten.local")
    String messageIdDomain();

    /** How often the sender looks for due mails besides being woken after each commit ("off" disables). */
    @WithDefault("10s")
    String pollInterval();

    /** When the daily digest is assembled, in Japan time (Quartz cron). */
    @WithDefault("0 30 8 * * ?")
    String digestCron();

    /** Wake the sender right after a transaction queued mails (off in tests, which drain by hand). */
    @WithDefault("true")
    boolean sendAfterCommit();

    /** Mails claimed per round. */
    @WithDefault("20")
    int batchSize();

    /** Failed deliveries after which a mail is given up (state failed, logged). */
    @WithDefault("12")
    int maxAttempts();

    /** Wait after the first failed delivery; doubled after each further failure up to {@link #maxBackoff()}. */
    @WithDefault("30S")
    Duration initialBackoff();

    @WithDefault("1H")
    Duration maxBackoff();

    /** After this long a claimed mail that was never handed to SMTP returns to the queue; one being handed over becomes in_doubt. */
    @WithDefault("5M")
    Duration claimLease();
}
