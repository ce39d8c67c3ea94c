package jp.yokoten.stats;

import java.math.BigDecimal;

/**
 * One policy KPI (SPEC §1) for a fiscal year: its value, the target and whether it is met.
 * {@code comparison} is "atLeast" or "atMost"; KPIs without a target have null target and met.
 */
public record Kpi(String id, String labelJa, String labelEn, BigDecimal value, BigDecimal target, String comparison,
        Boolean met, String unit) {
    static Kpi of(String id, String labelJa, String labelEn, BigDecimal value, BigDecimal target, String comparison, String unit) {
        Boolean met = value == null || target == null ? null
                : "atMost".equals(comparison) ? value.compareTo(target) <= 0 : value.compareTo(target) >= 0;
        return new Kpi(id, labelJa, labelEn, value, target, comparison, met, unit);
    }
}
