package jp.yokoten.award;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A round as GET /awards and GET /awards/{id} show it. */
public record RoundView(UUID id, @Schema(example = "2026") int fiscalYear,
        @Schema(example = "2026年度 特別区ノーコード・イノベーション・アワード") String title,
        @Schema(example = "judging",
            enumeration = {AwardPhase.DRAFT, AwardPhase.OPEN, AwardPhase.JUDGING, AwardPhase.DECIDED, AwardPhase.PUBLISHED}) String phase,
        @Schema(example = "2026-10-30") LocalDate entriesCloseOn, @Schema(example = "2026-12-11") LocalDate judgingClosesOn,
        @Schema(example = "3") int maxEntriesPerWard, RoundFields.Weights weights, @Schema(example = "3") long entries,
        OffsetDateTime createdAt, OffsetDateTime updatedAt) {

    static RoundView of(AwardRound r, long entries) {
        return new RoundView(r.id, r.fiscalYear, r.title, r.phase, r.entriesCloseOn, r.judgingClosesOn, r.maxEntriesPerWard,
                new RoundFields.Weights(r.weightWorkReduction, r.weightResidentService, r.weightOriginality), entries,
                r.createdAt, r.updatedAt);
    }
}
