package jp.yokoten.stats;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * Per-template figures of one fiscal year: deduplicated views and downloads, adoptions recorded in the year
 * (one per ward), cross-ward ones, wards adopting by the year's end, ratings, hours claimed, measured, and evidenced by the
 * published success stories that link the template (by the year's end).
 */
public record TemplateStats(UUID templateId, String title, String ownerWard, String platform, String category,
        String status, long views, long downloads, int adoptions, int crossWardAdoptions, int adoptingWards,
        BigDecimal ratingAvg, int ratingCount, BigDecimal hoursClaimed, BigDecimal hoursMeasured,
        BigDecimal hoursStories) {
    static final String[] CSV_HEADER = {"template_id", "title", "owner_ward", "platform", "category", "status", "views",
        "downloads", "adoptions", "cross_ward_adoptions", "adopting_wards", "rating_avg", "rating_count",
        "hours_saved_claimed", "hours_saved_measured", "hours_saved_stories"};

    Object[] csvRow() {
        return new Object[] {templateId, title, ownerWard, platform, category, status, views, downloads, adoptions,
            crossWardAdoptions, adoptingWards, ratingAvg, ratingCount, hoursClaimed, hoursMeasured, hoursStories};
    }
}
