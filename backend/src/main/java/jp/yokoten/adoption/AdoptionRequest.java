package jp.yokoten.adoption;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import jp.yokoten.common.validation.PlainText;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The caller's ward's adoption: version (default the latest approved), status (default trial),
 * adoptedOn (default today in JST; past dates allowed, future ones not), measured hours saved and a note.
 */
public record AdoptionRequest(
        @Size(max = 20) @Schema(example = "1.0.0") String version,
        @Pattern(regexp = "trial|production|discontinued", message = "must be trial, production or discontinued") @Schema(example = "production") String status,
        @Schema(example = "2026-04-01") LocalDate adoptedOn,
        @DecimalMin("0") @DecimalMax("100000") @Digits(integer = 6, fraction = 1) @Schema(example = "320") BigDecimal hoursSavedPerYear,
        @Size(max = 2000) @PlainText(multiline = true) @Schema(example = "令和8年度の給付事務から本番運用しています。") String note) {}
