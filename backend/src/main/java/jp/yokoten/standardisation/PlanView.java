package jp.yokoten.standardisation;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A declared plan as the API shows it. */
public record PlanView(String ward, UUID processId, LocalDate targetOn, @Schema(nullable = true) String note, String declaredBy,
        OffsetDateTime updatedAt) {}
