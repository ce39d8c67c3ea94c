package jp.yokoten.notification.mail;

/** Fired when a transaction wrote outbox rows; after its commit the sender is woken instead of waiting for its poll. */
public record MailQueued() {}
