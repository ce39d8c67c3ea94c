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
public record TemplateSummary(UUID id, @Schema(implementation = PublicationStatus.class) String status,
        @Schema(example = "shinagawa") String ownerWard, @Schema(example = "家賃支援給付金 申請管理") String title,
        @Schema(nullable = true, example = "Rent-support grant case management") String titleEn,
        @Schema(nullable = true, example = "給付金の申請受付から審査・支給決定までの進み具合を一件ごとに管理します（約3,200件の実績）。") String summary,
        @Schema(example = "kintone") String platform, @Schema(example = "welfare") String category, List<String> tags,
        @Schema(nullable = true) OffsetDateTime publishedAt, @Schema(nullable = true, example = "4.5") BigDecimal ratingAvg,
        @Schema(example = "8") int ratingCount, @Schema(example = "5") int adoptionCount,
        @Schema(nullable = true) Highlight highlight, List<PrizeBadge> prizes) {
    public TemplateSummary withHighlight(Highlight h) {
        return new TemplateSummary(id, status, ownerWard, title, titleEn, summary, platform, category, tags, publishedAt, ratingAvg,
                ratingCount, adoptionCount, h, prizes);
    }

    /** The fields a highlight may come from, in the order it looks at them ({@code description} is not in the summary). */
    String[][] highlightFields(String description) {
        return new String[][] {{"title", title}, {"tags", String.join(" ", tags)}, {"summary", summary}, {"description", description},
            {"titleEn", titleEn}};
    }
}
