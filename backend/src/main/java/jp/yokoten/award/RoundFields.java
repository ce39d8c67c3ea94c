package jp.yokoten.award;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import jp.yokoten.common.validation.PlainText;

/**
 * What admin writes for a round: the body of POST /awards and the target of PATCH (merge patch).
 * {@code maxEntriesPerWard} defaults to 3 and {@code weights} to 40/30/30 (SPEC §8).
 */
public record RoundFields(
        @NotNull @Min(2000) @Max(2100) Integer fiscalYear,
        @NotBlank @Size(max = 200) @PlainText String title,
        @NotNull LocalDate entriesCloseOn,
        @NotNull LocalDate judgingClosesOn,
        @Min(1) @Max(20) Integer maxEntriesPerWard,
        @Valid Weights weights) {

    /** The three criteria's weights in percent; they sum to 100. */
    public record Weights(@NotNull @Min(0) @Max(100) Integer workReduction, @NotNull @Min(0) @Max(100) Integer residentService,
            @NotNull @Min(0) @Max(100) Integer originality) {
        static final Weights DEFAULT = new Weights(40, 30, 30);

        @JsonIgnore
        @AssertTrue(message = "the three weights must sum to 100")
        public boolean isSumHundred() {
            return workReduction == null || residentService == null || originality == null
                    || workReduction + residentService + originality == 100;
        }
    }

    @JsonIgnore
    @AssertTrue(message = "entriesCloseOn must not be after judgingClosesOn")
    public boolean isOrdered() {
        return entriesCloseOn == null || judgingClosesOn == null || !entriesCloseOn.isAfter(judgingClosesOn);
    }

    static RoundFields of(AwardRound r) {
        return new RoundFields(r.fiscalYear, r.title, r.entriesCloseOn, r.judgingClosesOn, r.maxEntriesPerWard,
                new Weights(r.weightWorkReduction, r.weightResidentService, r.weightOriginality));
    }

    void applyTo(AwardRound r) {
        Weights w = weights == null ? Weights.DEFAULT : weights;
        r.title = title.strip();
        r.entriesCloseOn = entriesCloseOn;
        r.judgingClosesOn = judgingClosesOn;
        r.maxEntriesPerWard = maxEntriesPerWard == null ? 3 : maxEntriesPerWard;
        r.weightWorkReduction = w.workReduction();
        r.weightResidentService = w.residentService();
        r.weightOriginality = w.originality();
    }
}
