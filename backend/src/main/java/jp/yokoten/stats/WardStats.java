package jp.yokoten.stats;

import java.math.BigDecimal;

/** Per-ward figures of one fiscal year. */
public record WardStats(String ward, String nameJa, String nameEn, int templatesPublished, int adoptionsMade,
        int adoptionsReceived, int crossWardGiven, int crossWardReceived, BigDecimal hoursSavedMeasured,
        BigDecimal hoursSavedClaimed) {
    static final String[] CSV_HEADER = {"ward", "name_ja", "name_en", "templates_published", "adoptions_made",
        "adoptions_received", "cross_ward_adoptions_given", "cross_ward_adoptions_received", "hours_saved_measured",
        "hours_saved_claimed"};

    Object[] csvRow() {
        return new Object[] {ward, nameJa, nameEn, templatesPublished, adoptionsMade, adoptionsReceived, crossWardGiven,
            crossWardReceived, hoursSavedMeasured, hoursSavedClaimed};
    }
}
