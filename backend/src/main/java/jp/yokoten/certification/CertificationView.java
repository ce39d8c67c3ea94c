package jp.yokoten.certification;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A register row; {@code validToday} says whether it counts on today's date in Japan. */
public record CertificationView(UUID id, String ward, @Schema(nullable = true) String subject, String displayName,
        @Schema(nullable = true) String department, @Schema(enumeration = {"basic", "advanced"}) String level,
        LocalDate certifiedOn, @Schema(nullable = true) LocalDate expiresOn, @Schema(nullable = true) LocalDate revokedOn,
        @Schema(nullable = true) String revokedReason, OffsetDateTime recordedAt, boolean validToday) {
    static final String[] CSV_HEADER = {"id", "ward", "display_name", "department", "level", "certified_on", "expires_on",
        "revoked_on", "revoked_reason", "valid_today"};

    Object[] csvRow() {
        return new Object[] {id, ward, displayName, department, level, certifiedOn, expiresOn, revokedOn, revokedReason, validToday};
    }
}
