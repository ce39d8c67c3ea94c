package jp.yokoten.governance;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A finding as the API shows it. */
public record FindingView(UUID id, String rule, String severity, String location, String excerpt,
        @Schema(nullable = true) String justification, @Schema(nullable = true) String justifiedByName,
        @Schema(nullable = true) OffsetDateTime justifiedAt) {
    static FindingView of(Finding f) {
        return new FindingView(f.id, f.ruleId, f.severity, f.location, f.excerpt, f.justification, f.justifiedByName, f.justifiedAt);
    }
}
