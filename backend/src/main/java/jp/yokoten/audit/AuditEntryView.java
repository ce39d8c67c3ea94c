package jp.yokoten.audit;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An audit entry as the API shows it. */
public record AuditEntryView(long id, OffsetDateTime at, String actor, String actorName,
        @Schema(nullable = true) String actorWard, String action, String objectType, UUID objectId,
        @Schema(nullable = true) Map<String, Object> before, @Schema(nullable = true) Map<String, Object> after) {
    static AuditEntryView from(AuditEntry e) {
        return new AuditEntryView(e.id, e.at, e.actor, e.actorName, e.actorWard, e.action, e.objectType,
                e.objectId, e.before, e.after);
    }
}
