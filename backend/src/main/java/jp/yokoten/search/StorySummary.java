package jp.yokoten.search;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;
import jp.yokoten.review.Workflow;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A story in result lists: no body, the figures for cards. Read as a projection by {@link StorySearch}. */
public record StorySummary(UUID id,
        @Schema(enumeration = {Workflow.DRAFT, Workflow.IN_REVIEW, Workflow.PUBLISHED, Workflow.REJECTED, Workflow.ARCHIVED}) String status, String ownerWard, String title, String titleEn,
        BigDecimal hoursSavedPerYear, Long costSavedYen, Integer developmentDays, Integer residentsReached,
        OffsetDateTime publishedAt) {}
