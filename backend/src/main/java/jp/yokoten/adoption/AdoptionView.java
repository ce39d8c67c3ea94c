package jp.yokoten.adoption;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An adoption as the API shows it; {@code source} ward or hearing; {@code updateAvailable} only in a ward's list. */
public record AdoptionView(String ward, UUID templateId, String templateTitle, String templateOwnerWard, String version,
        @Schema(enumeration = {"trial", "production", "discontinued"}) String status, LocalDate adoptedOn,
        @Schema(nullable = true) BigDecimal hoursSavedPerYear, @Schema(nullable = true) String note, boolean crossWard,
        @Schema(enumeration = {AdoptionService.SOURCE_WARD, AdoptionService.SOURCE_HEARING}) String source,
        OffsetDateTime updatedAt, @Schema(nullable = true) Boolean updateAvailable) {}
