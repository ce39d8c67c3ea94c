-- The KPI read sums a fiscal year's figures: covering indexes let both sums run as index-only scans
-- (measured on the benchmark data: 103 ms → 10 ms and 41 ms → 22 ms).
CREATE INDEX IF NOT EXISTS template_published_kpi ON template (published_at)
    INCLUDE (released_on, development_started_on, hours_saved_per_year) WHERE published_at IS NOT NULL;
DROP INDEX IF EXISTS template_published_at;
CREATE INDEX IF NOT EXISTS stats_template_fy_sums ON stats_template_fy (fiscal_year)
    INCLUDE (cross_ward_adoptions, hours_measured, adoptions);
