package jp.yokoten.publication;

/**
 * Fired synchronously, inside the transaction, after every life-cycle step changed an item (created, edited,
 * submitted, decided, archived). Each kind's search index observes it, so no step can forget to re-index.
 */
public record PublicationChanged(Publishable item) {}
