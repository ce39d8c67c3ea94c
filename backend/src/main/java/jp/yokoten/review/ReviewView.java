package jp.yokoten.review;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import jp.yokoten.governance.FindingCounts;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A submission in the review queue. */
public record ReviewView(UUID id, String subjectType, UUID subjectId, String title, String ownerWard,
        @Schema(nullable = true) String version, String submittedBy, String submittedByName, OffsetDateTime submittedAt,
        @Schema(nullable = true) String decision, List<String> reasons, @Schema(nullable = true) String comment,
        @Schema(nullable = true) String decidedByName, @Schema(nullable = true) OffsetDateTime decidedAt,
        @Schema(nullable = true) FindingCounts findings) {
    static ReviewView of(Review r, FindingCounts findings) {
        return new ReviewView(r.id, r.subjectType, r.subjectId, r.title, r.ownerWard, r.versionLabel,
                r.submittedBy, r.submittedByName, r.submittedAt, r.decision, r.reasons, r.comment,
                r.decidedByName, r.decidedAt, findings);
    }
}
