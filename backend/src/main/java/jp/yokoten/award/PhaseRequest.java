package jp.yokoten.award;

import jakarta.validation.constraints.NotBlank;

/** POST /awards/{id}/phase: the phase to move to, which must be the next one. */
public record PhaseRequest(@NotBlank String phase) {}
