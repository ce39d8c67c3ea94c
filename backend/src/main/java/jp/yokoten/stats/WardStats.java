package jp.yokoten.stats;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Per-ward figures of one fiscal year. Hours saved come from three sources, reported apart: publishers' claims,
 * adopters' measurements and the ward's published success stories. {@code adoptionsMadeByHearing}: of the adoptions
 * made, those a reviewer or admin recorded from a hearing survey (source {@code hearing}, SPEC §13).
 */
public record WardStats(@Schema(example = "koto") String ward, @Schema(example = "江東区") String nameJa,
        @Schema(example = "Koto") String nameEn, int templatesPublished, int adoptionsMade, int adoptionsReceived,
        int crossWardGiven, int crossWardReceived, BigDecimal hoursSavedMeasured, BigDecimal hoursSavedClaimed,
        int storiesPublished, BigDecimal hoursSavedStories, int proposals, int proposalsSupported, int certifiedDevelopers,
        int adoptionsMadeByHearing) {
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
