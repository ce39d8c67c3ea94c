package jp.yokoten.search;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import jp.yokoten.review.PublicationStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A know-how article in result lists: no body. Read as a projection by {@link ArticleSearch}. */
public record ArticleSummary(UUID id, @Schema(implementation = PublicationStatus.class) String status, String ownerWard,
        String title, @Schema(nullable = true) String titleEn, @Schema(nullable = true) String platform,
        @Schema(nullable = true) String category, List<String> tags, @Schema(nullable = true) OffsetDateTime publishedAt) {}
