package jp.yokoten.review;

import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The latest decided review of an object, as its owners see it (e.g. why it was rejected). */
public record ReviewOutcome(@Schema(enumeration = {"approve", "reject"}) String decision, List<String> reasons,
        @Schema(nullable = true) String comment, @Schema(nullable = true) String version, String decidedByName,
        OffsetDateTime decidedAt) {
    static ReviewOutcome of(Review r) {
        return new ReviewOutcome(r.decision, r.reasons, r.comment, r.versionLabel, r.decidedByName, r.decidedAt);
    }
}
