package jp.yokoten.stats;

import java.time.LocalDate;
import java.util.List;

/** The KPIs of one fiscal year; {@code to} is exclusive. */
public record KpiReport(int fiscalYear, LocalDate from, LocalDate to, List<Kpi> kpis) {}
