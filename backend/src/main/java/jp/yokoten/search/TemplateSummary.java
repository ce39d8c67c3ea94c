package jp.yokoten.search;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A template in a result list, read as a projection; {@code highlight} is set when the search had words. */
public record TemplateSummary(UUID id, String status, String ownerWard, String title, String titleEn, String summary,
        String platform, String category, List<String> tags, OffsetDateTime publishedAt, BigDecimal ratingAvg,
        int ratingCount, int adoptionCount, Highlight highlight) {}
