package jp.yokoten.stats;

import java.math.BigDecimal;
import java.util.UUID;
import jp.yokoten.review.PublicationStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Per-template figures of one fiscal year: deduplicated views and downloads, adoptions recorded in the year
 * (one per ward), cross-ward ones, wards adopting by the year's end, ratings, hours claimed, measured, and evidenced by the
 * published success stories that link the template (by the year's end). {@code hearingAdoptions} says how many of the
 * year's adoptions a reviewer or admin recorded from a hearing survey (source {@code hearing}, SPEC §13).
 */
public record TemplateStats(UUID templateId,
        @Schema(example = "給付金 問合せ管理") String title,
        @Schema(example = "koto") String ownerWard,
        @Schema(example = "kintone") String platform, @Schema(example = "benefits") String category,
        @Schema(implementation = PublicationStatus.class) String status,
        @Schema(example = "120") long views, @Schema(example = "45") long downloads,
        @Schema(example = "4") int adoptions, @Schema(example = "3") int crossWardAdoptions,
        @Schema(example = "4") int adoptingWards,
        @Schema(nullable = true, description = "Null without ratings", example = "4.3") BigDecimal ratingAvg,
        @Schema(example = "7") int ratingCount,
        @Schema(nullable = true, example = "300") BigDecimal hoursClaimed, @Schema(example = "250") BigDecimal hoursMeasured,
        @Schema(nullable = true, example = "200") BigDecimal hoursStories,
        @Schema(example = "1", description = "Of the year's adoptions, those recorded from a hearing survey (source hearing)")
        int hearingAdoptions) {
    static final String[] CSV_HEADER = {"template_id", "title", "owner_ward", "platform", "category", "status", "views",
        "downloads", "adoptions", "cross_ward_adoptions", "adopting_wards", "rating_avg", "rating_count",
        "hours_saved_claimed", "hours_saved_measured", "hours_saved_stories", "hearing_adoptions"};

    Object[] csvRow() {
        return new Object[] {templateId, title, ownerWard, platform, category, status, views, downloads, adoptions,
            crossWardAdoptions, adoptingWards, ratingAvg, ratingCount, hoursClaimed, hoursMeasured, hoursStories, hearingAdoptions};
    }
}
