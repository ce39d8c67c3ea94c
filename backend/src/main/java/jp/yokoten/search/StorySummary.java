package jp.yokoten.search;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;
import jp.yokoten.review.PublicationStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A story in result lists: no body, the figures for cards. Read as a projection by {@link StorySearch}. */
public record StorySummary(UUID id, @Schema(implementation = PublicationStatus.class) String status, String ownerWard,
        String title, @Schema(nullable = true) String titleEn, @Schema(nullable = true) BigDecimal hoursSavedPerYear,
        @Schema(nullable = true) Long costSavedYen, @Schema(nullable = true) Integer developmentDays,
        @Schema(nullable = true) Integer residentsReached, @Schema(nullable = true) OffsetDateTime publishedAt) {}
