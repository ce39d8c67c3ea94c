package jp.yokoten.search;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A know-how article in result lists: no body. Read as a projection by {@link ArticleSearch}. */
public record ArticleSummary(UUID id, String status, String ownerWard, String title, String titleEn, String platform,
        String category, List<String> tags, OffsetDateTime publishedAt) {}
