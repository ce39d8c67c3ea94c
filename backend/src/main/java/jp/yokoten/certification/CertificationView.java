package jp.yokoten.certification;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A register row; {@code validToday} says whether it counts on today's date in Japan. */
public record CertificationView(UUID id, String ward, String subject, String displayName, String department,
        @Schema(enumeration = {"basic", "advanced"}) String level,
        LocalDate certifiedOn, LocalDate expiresOn, LocalDate revokedOn, String revokedReason, OffsetDateTime recordedAt,
        boolean validToday) {
    static final String[] CSV_HEADER = {"id", "ward", "display_name", "department", "level", "certified_on", "expires_on",
        "revoked_on", "revoked_reason", "valid_today"};

    Object[] csvRow() {
        return new Object[] {id, ward, displayName, department, level, certifiedOn, expiresOn, revokedOn, revokedReason, validToday};
    }
}
