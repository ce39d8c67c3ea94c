package jp.yokoten.award;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One ranked entry: the standardised and the raw weighted mean (1–5, three decimals) with the rank under each,
 * so the committee sees when standardisation changes the order; flags such as {@code insufficientScores}.
 */
public record ResultItem(UUID entryId, String ward, String subjectType, UUID subjectId, String title,
        @Schema(nullable = true) BigDecimal normalisedScore, @Schema(nullable = true) BigDecimal rawScore, int rank,
        int rawRank, int sheets, List<String> flags, @Schema(nullable = true) String prize, BigDecimal hoursSavedMeasured) {
    static final String[] CSV_HEADER = {"rank", "raw_rank", "entry_id", "ward", "subject_type", "subject_id", "title",
        "normalised_score", "raw_score", "sheets", "flags", "prize", "hours_saved_measured"};

    Object[] csvRow() {
        return new Object[] {rank, rawRank, entryId, ward, subjectType, subjectId, title, normalisedScore, rawScore, sheets,
            String.join(" ", flags), prize, hoursSavedMeasured};
    }
}
