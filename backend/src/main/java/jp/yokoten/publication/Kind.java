package jp.yokoten.publication;

import java.util.function.Supplier;

/**
 * One publishable kind: its entity class and constructor, the word used in audit actions, review subjects and
 * messages ({@code template}, {@code story}) and the plural for messages.
 */
public record Kind<P extends Publishable>(Class<P> entity, Supplier<P> create, String type, String plural) {}
