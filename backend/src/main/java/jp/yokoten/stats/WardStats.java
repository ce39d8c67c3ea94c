package jp.yokoten.stats;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Per-ward figures of one fiscal year. Hours saved come from three sources, reported apart: publishers' claims,
 * adopters' measurements and the ward's published success stories. {@code adoptionsMadeByHearing}: of the adoptions
 * made, those a reviewer or admin recorded from a hearing survey (source {@code hearing}, SPEC §13).
 */
public record WardStats(@Schema(required = true, example = "koto") String ward,
        @Schema(required = true, example = "江東区") String nameJa, @Schema(required = true, example = "Koto") String nameEn,
        @Schema(required = true) int templatesPublished, @Schema(required = true) int adoptionsMade,
        @Schema(required = true) int adoptionsReceived, @Schema(required = true) int crossWardGiven,
        @Schema(required = true) int crossWardReceived, BigDecimal hoursSavedMeasured,
        BigDecimal hoursSavedClaimed, @Schema(required = true) int storiesPublished, BigDecimal hoursSavedStories,
        @Schema(required = true) int proposals, @Schema(required = true) int proposalsSupported,
        @Schema(required = true) int certifiedDevelopers, @Schema(required = true) int adoptionsMadeByHearing) {
    static final String[] CSV_HEADER = {"ward", "name_ja", "name_en", "templates_published", "adoptions_made",
        "adoptions_received", "cross_ward_adoptions_given", "cross_ward_adoptions_received", "hours_saved_measured",
        "hours_saved_claimed", "stories_published", "hours_saved_stories",
        "proposals", "proposals_supported", "certified_developers", "adoptions_made_by_hearing"};

    Object[] csvRow() {
        return new Object[] {ward, nameJa, nameEn, templatesPublished, adoptionsMade, adoptionsReceived, crossWardGiven,
            crossWardReceived, hoursSavedMeasured, hoursSavedClaimed, storiesPublished, hoursSavedStories,
            proposals, proposalsSupported, certifiedDevelopers, adoptionsMadeByHearing};
    }
}
