package jp.yokoten.award;

import jakarta.validation.constraints.Pattern;

/** PUT /awards/{id}/entries/{entryId}/prize: {@code grand} (大賞, one per round), {@code excellence}, {@code special}, or null to clear. */
public record PrizeRequest(@Pattern(regexp = "grand|excellence|special", message = "must be grand, excellence, special or null") String prize) {}
