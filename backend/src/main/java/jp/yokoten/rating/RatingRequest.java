package jp.yokoten.rating;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jp.yokoten.common.validation.PlainText;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Stars 1–5 and an optional plain-text comment (never rendered as HTML). */
public record RatingRequest(@NotNull @Min(1) @Max(5) @Schema(example = "5") Integer stars,
        @Size(max = 2000) @PlainText(multiline = true) @Schema(example = "江東区でもそのまま使えました。審査状況の問合せにすぐ答えられます。") String comment) {}
