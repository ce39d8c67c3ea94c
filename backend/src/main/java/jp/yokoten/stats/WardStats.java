package jp.yokoten.stats;

import java.math.BigDecimal;

/**
 * Per-ward figures of one fiscal year. Hours saved come from three sources, reported apart: publishers' claims,
 * adopters' measurements and the ward's published success stories.
 */
public record WardStats(String ward, String nameJa, String nameEn, int templatesPublished, int adoptionsMade,
        int adoptionsReceived, int crossWardGiven, int crossWardReceived, BigDecimal hoursSavedMeasured,
        BigDecimal hoursSavedClaimed, int storiesPublished, BigDecimal hoursSavedStories, int proposals,
        int proposalsSupported, int certifiedDevelopers) {
    static final String[] CSV_HEADER = {"ward", "name_ja", "name_en", "templates_published", "adoptions_made",
        "adoptions_received", "cross_ward_adoptions_given", "cross_ward_adoptions_received", "hours_saved_measured",
        "hours_saved_claimed", "stories_published", "hours_saved_stories",
        "proposals", "proposals_supported", "certified_developers"};

    Object[] csvRow() {
        return new Object[] {ward, nameJa, nameEn, templatesPublished, adoptionsMade, adoptionsReceived, crossWardGiven,
            crossWardReceived, hoursSavedMeasured, hoursSavedClaimed, storiesPublished, hoursSavedStories,
            proposals, proposalsSupported, certifiedDevelopers};
    }
}
