package jp.yokoten.governance;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A finding as the API shows it. */
public record FindingView(UUID id, String rule, String severity, String location, String excerpt,
        String justification, String justifiedByName, OffsetDateTime justifiedAt) {
    static FindingView of(Finding f) {
        return new FindingView(f.id, f.ruleId, f.severity, f.location, f.excerpt, f.justification, f.justifiedByName, f.justifiedAt);
    }
}
