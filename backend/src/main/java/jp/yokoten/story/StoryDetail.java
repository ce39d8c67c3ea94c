package jp.yokoten.story;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import jp.yokoten.award.PrizeBadge;
import jp.yokoten.publication.TemplateLinks.LinkedTemplate;
import jp.yokoten.review.PublicationStatus;
import jp.yokoten.review.ReviewOutcome;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A story as GET /stories/{id} shows it: the Markdown body as written (never HTML), the linked templates
 * the caller may see, and the last review for the owning ward and reviewers.
 */
public record StoryDetail(UUID id,
        @Schema(implementation = PublicationStatus.class) String status, String ownerWard, String title, String titleEn, String body,
        List<LinkedTemplate> templates, BigDecimal hoursSavedPerYear, Long costSavedYen, Integer developmentDays,
        Integer residentsReached, OffsetDateTime createdAt, OffsetDateTime updatedAt, OffsetDateTime publishedAt,
        OffsetDateTime archivedAt, ReviewOutcome lastReview, List<PrizeBadge> prizes, boolean byCertifiedDeveloper) {

    static StoryDetail of(Story s, List<LinkedTemplate> templates, ReviewOutcome lastReview, List<PrizeBadge> prizes,
            boolean byCertifiedDeveloper) {
        return new StoryDetail(s.id, s.status, s.ownerWard, s.title, s.titleEn, s.body, templates, s.hoursSavedPerYear,
                s.costSavedYen, s.developmentDays, s.residentsReached, s.createdAt, s.updatedAt, s.publishedAt,
                s.archivedAt, lastReview, prizes, byCertifiedDeveloper);
    }
}
