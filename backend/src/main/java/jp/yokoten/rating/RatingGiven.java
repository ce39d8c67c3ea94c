package jp.yokoten.rating;

import java.util.UUID;

/** Fired synchronously inside the transaction when someone rates a template or changes their rating or comment. */
public record RatingGiven(UUID templateId, String ownerWard, String title, String rater, String raterName, int stars, String comment) {}
