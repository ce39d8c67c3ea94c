package jp.yokoten.publication;

/** The request body of a publishable kind: what its owner writes, applied to a new draft or an edited item. */
public interface Fields<P extends Publishable> {
    void applyTo(P item);
}
