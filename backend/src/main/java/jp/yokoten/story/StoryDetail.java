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
public record StoryDetail(UUID id, @Schema(implementation = PublicationStatus.class) String status,
        @Schema(example = "itabashi") String ownerWard, @Schema(example = "AI-OCRで11業務・年1,479時間を削減") String title,
        @Schema(nullable = true, example = "AI-OCR in 11 tasks: 1,479 hours a year") String titleEn,
        @Schema(example = "## 取組\n紙の申請書の入力をAI-OCRに置き換えました。\n\n## 効果\n- 医療費助成申請：年160時間\n- 保育入所申請：年743時間\n") String body,
        List<LinkedTemplate> templates, @Schema(nullable = true, example = "1479") BigDecimal hoursSavedPerYear,
        @Schema(nullable = true) Long costSavedYen, @Schema(nullable = true, example = "9") Integer developmentDays,
        @Schema(nullable = true) Integer residentsReached, OffsetDateTime createdAt, OffsetDateTime updatedAt,
        @Schema(nullable = true) OffsetDateTime publishedAt, @Schema(nullable = true) OffsetDateTime archivedAt,
        @Schema(nullable = true) ReviewOutcome lastReview, List<PrizeBadge> prizes, boolean byCertifiedDeveloper) {

    static StoryDetail of(Story s, List<LinkedTemplate> templates, ReviewOutcome lastReview, List<PrizeBadge> prizes,
            boolean byCertifiedDeveloper) {
        return new StoryDetail(s.id, s.status, s.ownerWard, s.title, s.titleEn, s.body, templates, s.hoursSavedPerYear,
                s.costSavedYen, s.developmentDays, s.residentsReached, s.createdAt, s.updatedAt, s.publishedAt,
                s.archivedAt, lastReview, prizes, byCertifiedDeveloper);
    }
}
