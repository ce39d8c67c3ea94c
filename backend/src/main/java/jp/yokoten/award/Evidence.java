package jp.yokoten.award;

import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An entry's evidence, frozen from the statistics at the move to judging (SPEC §8). Sums over the round's
 * fiscal year and the year before (downloads, cross-ward adoptions, measured hours); the standing figures
 * (adopting wards, rating, claimed hours, hours in success stories) as of the later year. A story's evidence
 * adds up the templates it links; its {@code hoursSavedStories} is the story's own figure.
 */
public record Evidence(List<Integer> fiscalYears, BigDecimal hoursSavedMeasured, BigDecimal hoursSavedClaimed,
        BigDecimal hoursSavedStories, int crossWardAdoptions, int adoptingWards, long downloads,
        @Schema(nullable = true) BigDecimal ratingAvg, int ratingCount) {}
