/**
 * In-app notifications (SPEC §11): written in the transaction of the event they tell of, read by their
 * recipient only ({@code GET /notifications}, {@code POST /notifications/read}, {@code GET/PUT /me/preferences}),
 * mailed through {@code notification/mail}.
 *
 * <h2>How an event becomes notifications</h2>
 * A feature fires a synchronous CDI event (a record in its own package) with
 * {@code jakarta.enterprise.event.Event#fire} inside its transaction; {@link jp.yokoten.notification.NotificationRules}
 * observes it and hands {@link jp.yokoten.notification.Notifier#notify} a {@link jp.yokoten.notification.Notice}
 * (kind, object, title, SPA link, actor, {@link jp.yokoten.notification.NotificationDetail}) and an
 * {@link jp.yokoten.notification.Audience} (subjects, a realm role, a role within a ward). The Notifier resolves
 * the audience against portal_user, drops the actor, writes the notifications, bumps the counters and queues
 * mail by each recipient's preference, all in that transaction: a rollback leaves nothing and sends nothing.
 *
 * <h2>Adding an event (e.g. at merge: proposal status, award phase)</h2>
 * One observer method in NotificationRules, e.g.
 * <pre>
 * void on(&#64;Observes AwardPhaseChanged e) {
 *     notifier.notify(new Notice("award.phase", "award", e.roundId(), e.title(), "/awards/" + e.roundId(), e.actor(),
 *             e.actorName(), new NotificationDetail(null, null, null, null, e.phase())), audienceOf(e));
 * }
 * </pre>
 * with {@code Audience.role(CurrentUser.PUBLISHER)} for "open", {@code Audience.role(CurrentUser.AWARD_COMMITTEE)}
 * for "judging", {@code Audience.subjects(e.entrants())} for "published"; for a proposal,
 * {@code Audience.subjects(author + supporters)}. Optionally one line per language in
 * {@link jp.yokoten.notification.mail.MailTexts} and in the SPA's notifications locale files; without them the
 * generic text is used. Only address people who may see the object (the SPEC §4 visibility rules).
 *
 * <p>Reads are plain SQL (no entity hydration); unread and total counts are kept on portal_user.
 */
package jp.yokoten.notification;
