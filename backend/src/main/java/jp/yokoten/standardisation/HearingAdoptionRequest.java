package jp.yokoten.standardisation;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import jp.yokoten.adoption.AdoptionRequest;
import jp.yokoten.common.validation.PlainText;

/**
 * An adoption learned by a hearing survey (ヒアリング調査): the adoption body plus {@code source: hearing} and a
 * required note saying where the information came from.
 */
public record HearingAdoptionRequest(
        @Size(max = 20) String version,
        @Pattern(regexp = "trial|production|discontinued", message = "must be trial, production or discontinued") String status,
        LocalDate adoptedOn,
        @DecimalMin("0") @DecimalMax("100000") @Digits(integer = 6, fraction = 1) BigDecimal hoursSavedPerYear,
        @NotBlank @Size(max = 2000) @PlainText(multiline = true) String note,
        @NotNull @Pattern(regexp = "hearing", message = "must be hearing") String source) {

    AdoptionRequest adoption() {
        return new AdoptionRequest(version, status, adoptedOn, hoursSavedPerYear, note);
    }
}
