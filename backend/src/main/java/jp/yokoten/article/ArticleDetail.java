package jp.yokoten.article;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import jp.yokoten.publication.TemplateLinks.LinkedTemplate;
import jp.yokoten.review.PublicationStatus;
import jp.yokoten.review.ReviewOutcome;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An article as GET /articles/{id} shows it: the Markdown body as written (never HTML), the linked templates the
 * caller may see, and the last review for the owning ward and reviewers.
 */
public record ArticleDetail(UUID id, @Schema(implementation = PublicationStatus.class) String status, String ownerWard,
        String title, @Schema(nullable = true) String titleEn, String body, @Schema(nullable = true) String platform,
        @Schema(nullable = true) String category, List<String> tags, List<LinkedTemplate> templates, OffsetDateTime createdAt,
        OffsetDateTime updatedAt, @Schema(nullable = true) OffsetDateTime publishedAt,
        @Schema(nullable = true) OffsetDateTime archivedAt, @Schema(nullable = true) ReviewOutcome lastReview,
        boolean byCertifiedDeveloper) {

    static ArticleDetail of(Article a, List<LinkedTemplate> templates, ReviewOutcome lastReview, boolean byCertifiedDeveloper) {
        return new ArticleDetail(a.id, a.status, a.ownerWard, a.title, a.titleEn, a.body, a.platform, a.category, a.tags,
                templates, a.createdAt, a.updatedAt, a.publishedAt, a.archivedAt, lastReview, byCertifiedDeveloper);
    }
}
