package jp.yokoten.stats;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import jp.yokoten.common.config.YokotenConfig;
import jp.yokoten.common.error.InvalidInput;
import jp.yokoten.common.error.Problem;
import jp.yokoten.common.paging.Page;
import jp.yokoten.common.paging.PageRequest;
import jp.yokoten.common.sql.ReadRouter;

/**
 * The award committee's figures (SPEC §1, §5). Reads the rollups kept on write (stats_template_fy,
 * stats_month) and small, indexed slices of templates and adoptions; never the usage log itself.
 */
@ApplicationScoped
public class StatsService {
    static final Map<String, String> TEMPLATE_SORTS = Map.of(
            "crossWardAdoptions", "s.cross_ward_adoptions", "adoptions", "s.adoptions", "downloads", "s.downloads",
            "views", "s.views", "rating", "ts.rating_avg", "hoursMeasured", "s.hours_measured");
    static final Set<String> METRICS = Set.of("downloads", "views", "adoptions", "cross_ward_adoptions", "new_templates");

    @Inject
    ReadRouter reads; // reads that may lag: the replica when one is configured (common/sql/ReadRouter)

    @Inject
    YokotenConfig config;

    @Inject
    PolicyFigures policy; // h17: proposal and certification figures (SPEC §9, §10)

    public KpiReport kpis(FiscalYear fy) {
        return read(c -> {
            // the year's row of stats_fy, maintained by the writes (V15); a year without any row has zeros
            Object[] y = one(c, """
                    SELECT count(f.*), coalesce(sum(f.new_templates), 0),
                           round(sum(f.development_days)::numeric / nullif(sum(f.development_dated), 0), 1),
                           coalesce(sum(f.hours_claimed), 0), coalesce(sum(f.cross_ward_adoptions), 0), coalesce(sum(f.hours_measured), 0)
                    FROM stats_fy f WHERE f.fiscal_year = ?""", fy.year());
            Object[] t = {y[1], y[2], y[3]};
            Object[] a = {y[4], y[5]};
            Object[] st = one(c, """
                    SELECT count(*), coalesce(sum(hours_saved_per_year), 0)
                    FROM story WHERE status = 'published' AND published_at >= ? AND published_at < ?""", ts(fy.start()), ts(fy.end()));
            // A process is standardised when one of its templates is adopted (not discontinued) by enough wards.
            Object[] p = one(c, """
                    SELECT count(*) FILTER (WHERE EXISTS (
                               SELECT 1 FROM template t JOIN adoption a ON a.template_id = t.id
                               WHERE t.process_id = p.id AND a.adopted_on < ? AND a.status <> 'discontinued'
                               GROUP BY t.id HAVING count(*) >= ?)),
                           count(*)
                    FROM process p""", Date.valueOf(fy.endDay()), config.standardisation().wardThreshold());
            long processes = ((Number) p[1]).longValue();
            BigDecimal rate = processes == 0 ? null
                    : BigDecimal.valueOf(((Number) p[0]).longValue()).divide(BigDecimal.valueOf(processes), 4, RoundingMode.HALF_UP);
            List<Kpi> kpis = new ArrayList<>(List.of(
                    Kpi.of("newTemplates", "新規テンプレート登録数", "New templates published", dec(t[0]), BigDecimal.valueOf(100), "atLeast", "templates"),
                    Kpi.of("crossWardAdoptions", "他区への横展開数", "Cross-ward adoptions", dec(a[0]), BigDecimal.valueOf(50), "atLeast", "adoptions"),
                    Kpi.of("averageDevelopmentDays", "平均開発期間", "Average development period", dec(t[1]), BigDecimal.valueOf(7), "atMost", "days"),
                    Kpi.of("hoursSavedClaimed", "業務削減時間（公開区の申告）", "Hours saved per year, claimed by publishers", dec(t[2]), null, null, "hours/year"),
                    Kpi.of("hoursSavedMeasured", "業務削減時間（導入区の実測）", "Hours saved per year, measured by adopters", dec(a[1]), null, null, "hours/year"),
                    Kpi.of("storiesPublished", "成功事例の公開数", "Success stories published", dec(st[0]), null, null, "stories"),
                    Kpi.of("hoursSavedStories", "業務削減時間（成功事例の実績）", "Hours saved per year, evidenced by success stories",
                            dec(st[1]), null, null, "hours/year"),
                    Kpi.of("standardisationRate", "共通業務の標準化率", "Standardisation rate of common processes", rate, new BigDecimal("0.5"), "atLeast", "ratio")));
            kpis.addAll(policy.kpis(fy, ((Number) one(c, "SELECT count(*) FROM ward")[0]).intValue()));
            return new KpiReport(fy.year(), fy.firstDay(), fy.endDay(), kpis);
        });
    }

    public Page<TemplateStats> templates(FiscalYear fy, TemplateFilter f, PageRequest paging) {
        return read(c -> {
            List<TemplateStats> items = new ArrayList<>();
            try (PreparedStatement st = templateQuery(c, fy, f, " LIMIT " + paging.size() + " OFFSET " + paging.offset());
                 ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    items.add(templateRow(rs));
                }
            }
            List<Object> params = new ArrayList<>(List.of(fy.year()));
            String filters = f.where(params);
            // Without filters the year's rollup rows alone give the total (index-only scan, no join).
            String count = filters.isEmpty() ? "SELECT count(*) FROM stats_template_fy s WHERE s.fiscal_year = ?"
                    : "SELECT count(*) FROM stats_template_fy s JOIN template t ON t.id = s.template_id WHERE s.fiscal_year = ?" + filters;
            return new Page<>(items, paging.page(), paging.size(), ((Number) one(c, count, params.toArray())[0]).longValue());
        });
    }

    /** The year as CSV via a server-side cursor (flat memory); a replica lost before the first byte (query, first 1,000 rows) is retried. */
    public void templatesCsv(FiscalYear fy, TemplateFilter f, OutputStream out) throws IOException {
        boolean[] sent = {false};
        try {
            reads.read(c -> {
                try {
                    c.setAutoCommit(false); // PostgreSQL streams with a fetch size only inside a transaction
                    try (PreparedStatement st = templateQuery(c, fy, f, "")) {
                        st.setFetchSize(1000);
                        try (ResultSet rs = st.executeQuery(); Csv csv = new Csv(out, TemplateStats.CSV_HEADER)) {
                            sent[0] = true;
                            while (rs.next()) {
                                csv.row(templateRow(rs).csvRow());
                            }
                        }
                    }
                    c.rollback();
                    return null;
                } catch (SQLException e) {
                    if (sent[0]) { // a retry would repeat the header: ReadRouter#read retries an SQLException, not an IOException
                        throw new IOException("Export failed after its first bytes", e);
                    }
                    throw e;
                }
            });
        } catch (SQLException e) {
            throw new IOException("Export failed", e);
        }
    }

    /**
     * One template's figures of a year through the list's own query (the award freezes them as an entry's
     * evidence); empty when the template has no figures that year. Reads its ward's rows: a few dozen.
     */
    public java.util.Optional<TemplateStats> template(FiscalYear fy, UUID templateId, String ownerWard) {
        return read(c -> {
            try (PreparedStatement st = templateQuery(c, fy, new TemplateFilter(ownerWard, null, null, "adoptions"), "");
                 ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    if (templateId.equals(rs.getObject(1, UUID.class))) {
                        return java.util.Optional.of(templateRow(rs));
                    }
                }
                return java.util.Optional.<TemplateStats>empty();
            }
        });
    }

    public List<WardStats> wards(FiscalYear fy) {
        Map<String, PolicyFigures.WardFigures> policyFigures = policy.wards(fy);
        return read(c -> {
            List<WardStats> rows = new ArrayList<>(); // per attempt: a retry on the primary starts afresh
            try (PreparedStatement st = c.prepareStatement("""
                    SELECT w.slug, w.name_ja, w.name_en, coalesce(pub.n, 0), coalesce(made.n, 0), coalesce(recv.n, 0),
                           coalesce(made.cross_n, 0), coalesce(recv.cross_n, 0), coalesce(made.hours, 0), coalesce(pub.hours, 0),
                           coalesce(story.n, 0), coalesce(story.hours, 0), coalesce(made.hearing_n, 0)
                    FROM ward w
                    LEFT JOIN (SELECT owner_ward, count(*) AS n, sum(hours_saved_per_year) AS hours FROM template
                               WHERE published_at >= ? AND published_at < ? GROUP BY owner_ward) pub ON pub.owner_ward = w.slug
                    LEFT JOIN (SELECT ward, count(*) AS n, count(*) FILTER (WHERE cross_ward) AS cross_n, sum(hours_saved_per_year) AS hours,
                                      count(*) FILTER (WHERE source = 'hearing') AS hearing_n
                               FROM adoption WHERE adopted_on >= ? AND adopted_on < ? GROUP BY ward) made ON made.ward = w.slug
                    LEFT JOIN (SELECT t.owner_ward, sum(s.adoptions) AS n, sum(s.cross_ward_adoptions) AS cross_n
                               FROM stats_template_fy s JOIN template t ON t.id = s.template_id
                               WHERE s.fiscal_year = ? GROUP BY t.owner_ward) recv ON recv.owner_ward = w.slug
                    LEFT JOIN (SELECT owner_ward, count(*) AS n, sum(hours_saved_per_year) AS hours FROM story
                               WHERE status = 'published' AND published_at >= ? AND published_at < ? GROUP BY owner_ward) story
                              ON story.owner_ward = w.slug
                    ORDER BY w.code""")) {
                bind(st, ts(fy.start()), ts(fy.end()), Date.valueOf(fy.firstDay()), Date.valueOf(fy.endDay()), fy.year(),
                        ts(fy.start()), ts(fy.end()));
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        PolicyFigures.WardFigures f = policyFigures.getOrDefault(rs.getString(1), PolicyFigures.WardFigures.NONE);
                        rows.add(new WardStats(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getInt(5),
                                rs.getInt(6), rs.getInt(7), rs.getInt(8), rs.getBigDecimal(9), rs.getBigDecimal(10), rs.getInt(11),
                                rs.getBigDecimal(12), f.proposals(), f.proposalsSupported(), f.certifiedDevelopers(), rs.getInt(13)));
                    }
                }
            }
            return rows;
        });
    }

    public TimeSeries timeseries(String metric, String fromText, String toText, String interval) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (metric == null || !METRICS.contains(metric)) {
            errors.add(new Problem.FieldError("metric",
                    "must be one of downloads, views, adoptions, cross_ward_adoptions, new_templates"));
        }
        if (interval != null && !interval.isBlank() && !"month".equals(interval)) {
            errors.add(new Problem.FieldError("interval", "only month is supported"));
        }
        FiscalYear current = FiscalYear.current();
        YearMonth from = month(fromText, YearMonth.from(current.firstDay()), "from", errors);
        YearMonth to = month(toText, YearMonth.from(current.endDay().minusDays(1)), "to", errors);
        if (errors.isEmpty() && from.isAfter(to)) {
            errors.add(new Problem.FieldError("from", "must not be after 'to'"));
        }
        if (errors.isEmpty() && from.plusMonths(120).isBefore(to)) {
            errors.add(new Problem.FieldError("to", "a series covers at most 120 months"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput("Invalid time-series parameters.", errors);
        }
        Date start = Date.valueOf(from.atDay(1));
        Date end = Date.valueOf(to.plusMonths(1).atDay(1));
        String sql = switch (metric) {
            case "downloads", "views" -> "SELECT month, sum(count) FROM stats_month WHERE type = '"
                    + ("views".equals(metric) ? "view" : "download") + "' AND month >= ? AND month < ? GROUP BY 1";
            case "adoptions" -> "SELECT date_trunc('month', adopted_on)::date, count(*) FROM adoption WHERE adopted_on >= ? AND adopted_on < ? GROUP BY 1";
            case "cross_ward_adoptions" -> "SELECT date_trunc('month', adopted_on)::date, count(*) FROM adoption "
                    + "WHERE adopted_on >= ? AND adopted_on < ? AND cross_ward GROUP BY 1";
            default -> "SELECT date_trunc('month', published_at AT TIME ZONE 'Asia/Tokyo')::date, count(*) FROM template "
                    + "WHERE published_at >= (?::date::timestamp AT TIME ZONE 'Asia/Tokyo') "
                    + "AND published_at < (?::date::timestamp AT TIME ZONE 'Asia/Tokyo') GROUP BY 1";
        };
        Map<YearMonth, Long> values = read(c -> {
            Map<YearMonth, Long> found = new HashMap<>(); // per attempt: a retry on the primary starts afresh
            try (PreparedStatement st = c.prepareStatement(sql)) {
                bind(st, start, end);
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        found.put(YearMonth.from(rs.getDate(1).toLocalDate()), rs.getLong(2));
                    }
                }
            }
            return found;
        });
        List<TimePoint> points = new ArrayList<>();
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            points.add(new TimePoint(m.toString(), values.getOrDefault(m, 0L)));
        }
        return new TimeSeries(metric, "month", from.toString(), to.toString(), points);
    }

    void writeCsv(OutputStream out, String[] header, List<Object[]> rows) throws IOException {
        try (Csv csv = new Csv(out, header)) {
            rows.forEach(csv::row);
        }
    }

    /** A statistics read where it may lag; a replica lost mid-read runs it again on the primary (ReadRouter#read). */
    private <T> T read(ReadRouter.Work<T> work) {
        try {
            return reads.read(work);
        } catch (SQLException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private PreparedStatement templateQuery(Connection c, FiscalYear fy, TemplateFilter f, String limit) throws SQLException {
        List<Object> params = new ArrayList<>(List.of(Date.valueOf(fy.endDay()), ts(fy.end()), Date.valueOf(fy.firstDay()),
                Date.valueOf(fy.endDay()), fy.year()));
        String sql = """
                SELECT t.id, t.title, t.owner_ward, t.platform, t.category, t.status, s.views, s.downloads, s.adoptions,
                       s.cross_ward_adoptions,
                       (SELECT count(*) FROM adoption a WHERE a.template_id = t.id AND a.adopted_on < ?) AS adopting_wards,
                       ts.rating_avg, coalesce(ts.rating_count, 0), t.hours_saved_per_year, s.hours_measured,
                       (SELECT sum(st.hours_saved_per_year) FROM story_template l JOIN story st ON st.id = l.story_id
                        WHERE l.template_id = t.id AND st.status = 'published' AND st.published_at < ?) AS hours_stories,
                       (SELECT count(*) FROM adoption a WHERE a.template_id = t.id AND a.source = 'hearing'
                        AND a.adopted_on >= ? AND a.adopted_on < ?) AS hearing_adoptions
                FROM stats_template_fy s JOIN template t ON t.id = s.template_id
                LEFT JOIN template_search ts ON ts.template_id = t.id
                WHERE s.fiscal_year = ?""" + f.where(params)
                + " ORDER BY " + TEMPLATE_SORTS.get(f.sort()) + " DESC" + ("rating".equals(f.sort()) ? " NULLS LAST" : "")
                + ", s.template_id" + limit; // matches the (fiscal_year, <figure> DESC, template_id) indexes
        PreparedStatement st = c.prepareStatement(sql);
        bind(st, params.toArray());
        return st;
    }

    private static TemplateStats templateRow(ResultSet rs) throws SQLException {
        return new TemplateStats(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getString(6), rs.getLong(7), rs.getLong(8), rs.getInt(9), rs.getInt(10), rs.getInt(11),
                rs.getBigDecimal(12), rs.getInt(13), rs.getBigDecimal(14), rs.getBigDecimal(15), rs.getBigDecimal(16), rs.getInt(17));
    }

    private static YearMonth month(String text, YearMonth fallback, String field, List<Problem.FieldError> errors) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            YearMonth m = YearMonth.parse(text.strip());
            if (jp.yokoten.common.validation.DateRange.containsYear(m.getYear())) {
                return m;
            }
        } catch (java.time.format.DateTimeParseException ignored) {
            // reported below
        }
        errors.add(new Problem.FieldError(field, "must be a month YYYY-MM between 2000 and 2100"));
        return fallback;
    }

    private static Object[] one(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(sql)) {
            bind(st, params);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                Object[] row = new Object[rs.getMetaData().getColumnCount()];
                for (int i = 0; i < row.length; i++) {
                    row[i] = rs.getObject(i + 1);
                }
                return row;
            }
        }
    }

    private static void bind(PreparedStatement st, Object... params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            st.setObject(i + 1, params[i]);
        }
    }

    private static Timestamp ts(java.time.OffsetDateTime t) {
        return Timestamp.from(t.toInstant());
    }

    private static BigDecimal dec(Object o) {
        return o == null ? null : o instanceof BigDecimal b ? b : new BigDecimal(o.toString());
    }

    /** Filters of /stats/templates, validated against the reference data by the resource. */
    public record TemplateFilter(String ward, String platform, String category, String sort) {
        String where(List<Object> params) {
            StringBuilder sql = new StringBuilder();
            if (ward != null) {
                sql.append(" AND t.owner_ward = ?");
                params.add(ward);
            }
            if (platform != null) {
                sql.append(" AND t.platform = ?");
                params.add(platform);
            }
            if (category != null) {
                sql.append(" AND t.category = ?");
                params.add(category);
            }
            return sql.toString();
        }
    }
}
