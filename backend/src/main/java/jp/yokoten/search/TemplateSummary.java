package jp.yokoten.search;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import jp.yokoten.award.PrizeBadge;
import jp.yokoten.review.PublicationStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A template in a result list, read as a projection; {@code highlight} is set when the search had words,
 * {@code prizes} lists its prizes of published award rounds.
 */
public record TemplateSummary(UUID id,
        @Schema(implementation = PublicationStatus.class) String status, String ownerWard, String title, String titleEn, String summary,
        String platform, String category, List<String> tags, OffsetDateTime publishedAt, BigDecimal ratingAvg,
        int ratingCount, int adoptionCount, Highlight highlight, List<PrizeBadge> prizes) {}
