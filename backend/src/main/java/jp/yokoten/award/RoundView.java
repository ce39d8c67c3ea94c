package jp.yokoten.award;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A round as GET /awards and GET /awards/{id} show it. */
public record RoundView(UUID id, int fiscalYear, String title,
        @Schema(enumeration = {AwardPhase.DRAFT, AwardPhase.OPEN, AwardPhase.JUDGING, AwardPhase.DECIDED, AwardPhase.PUBLISHED}) String phase, LocalDate entriesCloseOn,
        LocalDate judgingClosesOn, int maxEntriesPerWard, RoundFields.Weights weights, long entries,
        OffsetDateTime createdAt, OffsetDateTime updatedAt) {

    static RoundView of(AwardRound r, long entries) {
        return new RoundView(r.id, r.fiscalYear, r.title, r.phase, r.entriesCloseOn, r.judgingClosesOn, r.maxEntriesPerWard,
                new RoundFields.Weights(r.weightWorkReduction, r.weightResidentService, r.weightOriginality), entries,
                r.createdAt, r.updatedAt);
    }
}
