/**
 * Notification mail: an outbox written with the notifications, drained after commit by {@link
 * jp.yokoten.notification.mail.MailSender} over SMTP (quarkus-mailer), a daily digest at 08:30 JST, Japanese
 * and English texts ({@link jp.yokoten.notification.mail.MailTexts}).
 *
 * <h2>At most once per notification, and none lost</h2>
 * Each outbox row moves pending → claimed → sending → sent, each step its own committed transaction:
 * <ul>
 * <li><b>claimed</b> (a round took it, SKIP LOCKED): nothing has gone to SMTP yet. A sender that stops here
 * (crash, kill, redeploy) leaves the row claimed; after the claim lease ({@code yokoten.mail.claim-lease})
 * {@link jp.yokoten.notification.mail.MailOutbox#recover()} returns it to pending and it is sent once.</li>
 * <li><b>sending</b> is committed <em>before</em> the first SMTP command. A row still in sending after the lease
 * may or may not have been accepted by the server (the crash came between send and mark), so it is never
 * resent automatically: it becomes {@code in_doubt}, is logged, and an operator decides. So a crash between
 * send and mark cannot send twice; the only loss window is a crash after the sending mark and before the
 * server's reply, milliseconds long, and visible as in_doubt rather than silent.</li>
 * <li>A refusal or an unreachable server (an exception from the mailer) means the server did not take the mail:
 * the row returns to pending with an exponential back-off (initial-backoff × 2^(attempts−1), capped at
 * max-backoff), and is given up as {@code failed} after max-attempts. An outage therefore delays mails, never
 * drops or doubles them.</li>
 * </ul>
 * Every mail carries the stable Message-ID {@code <outbox id@message-id-domain>}: if an operator requeues an
 * in_doubt mail, mail stores that deduplicate by Message-ID show it once.
 *
 * <p>Addresses and languages are read when the mail is written, from portal_user (the token's {@code email}
 * claim as last seen), never from a request; a recipient without an address or with mail off is skipped.
 */
package jp.yokoten.notification.mail;
