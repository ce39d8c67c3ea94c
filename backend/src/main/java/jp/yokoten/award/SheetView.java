package jp.yokoten.award;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A score sheet: the caller's own (judging) or, from decided, everyone's to the committee and admin. */
public record SheetView(UUID entryId, String judge, String judgeName, int workReduction, int residentService,
        int originality, @Schema(nullable = true) String comment, OffsetDateTime updatedAt) {
    static SheetView of(AwardSheet s) {
        return new SheetView(s.entryId, s.judge, s.judgeName, s.workReduction, s.residentService, s.originality, s.comment,
                s.updatedAt);
    }
}
