package jp.yokoten.stats;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The KPIs of one fiscal year; {@code to} is exclusive. */
public record KpiReport(@Schema(example = "2025") int fiscalYear,
        @Schema(description = "First day (JST)", example = "2025-04-01") LocalDate from,
        @Schema(description = "Day after the last (JST), exclusive", example = "2026-04-01") LocalDate to,
        List<Kpi> kpis) {}
