package jp.yokoten.award;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jp.yokoten.common.validation.PlainText;

/** PUT /awards/{id}/entries/{entryId}/score: whole numbers 1–5 per criterion (strict JSON refuses 3.5 and "4"). */
public record ScoreRequest(
        @NotNull @Min(1) @Max(5) Integer workReduction,
        @NotNull @Min(1) @Max(5) Integer residentService,
        @NotNull @Min(1) @Max(5) Integer originality,
        @Size(max = 2000) @PlainText(multiline = true) String comment) {}
