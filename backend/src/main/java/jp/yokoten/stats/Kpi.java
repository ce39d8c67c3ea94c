package jp.yokoten.stats;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One policy KPI (SPEC §1) for a fiscal year: its value, the target and whether it is met.
 * {@code comparison} is "atLeast" or "atMost"; KPIs without a target have null target and met.
 */
public record Kpi(
        @Schema(enumeration = {"newTemplates", "crossWardAdoptions", "averageDevelopmentDays", "hoursSavedClaimed", "hoursSavedMeasured", "storiesPublished", "hoursSavedStories", "standardisationRate", "proposals", "proposalsSolvedByTemplate", "certifiedDevelopers", "wardsMeetingCertificationTarget"}, example = "crossWardAdoptions") String id,
        @Schema(example = "他区への横展開数") String labelJa, @Schema(example = "Cross-ward adoptions") String labelEn,
        @Schema(nullable = true, description = "Null when the year has nothing to measure (e.g. no template published yet)", example = "21") BigDecimal value,
        @Schema(nullable = true, description = "Null for KPIs the SPEC sets no target for", example = "50") BigDecimal target,
        @Schema(nullable = true, enumeration = {"atLeast", "atMost"}, description = "How value is held against target; null without a target") String comparison,
        @Schema(nullable = true, description = "Null without a target or a value", example = "false") Boolean met,
        @Schema(enumeration = {"templates", "adoptions", "days", "hours/year", "stories", "ratio", "proposals", "people", "wards"}, example = "adoptions") String unit) {
    static Kpi of(String id, String labelJa, String labelEn, BigDecimal value, BigDecimal target, String comparison, String unit) {
        Boolean met = value == null || target == null ? null
                : "atMost".equals(comparison) ? value.compareTo(target) <= 0 : value.compareTo(target) >= 0;
        return new Kpi(id, labelJa, labelEn, value, target, comparison, met, unit);
    }
}
