package jp.yokoten.standardisation;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jp.yokoten.common.config.YokotenConfig;
import jp.yokoten.common.error.NotFound;
import jp.yokoten.stats.FiscalYear;
import jp.yokoten.standardisation.BoardViews.Board;
import jp.yokoten.standardisation.BoardViews.Overview;
import jp.yokoten.standardisation.BoardViews.ProcessFigures;
import jp.yokoten.standardisation.BoardViews.BoardTemplate;
import jp.yokoten.standardisation.BoardViews.WardCell;

/**
 * The board as plain SQL. A ward's status on a process comes from its adoptions of the standard templates of the
 * process's projects, as of the end of the fiscal year (adoptedOn before April 1 JST, discontinued ignored):
 * production beats trial; without either, a declared plan makes it planned. Whether a process is standardised
 * uses exactly the KPI report's rule (StatsService.kpis): one template of the process adopted by at least the
 * configured number of wards; so the overall rate here equals the report's standardisationRate.
 */
@ApplicationScoped
public class BoardReads {
    static final String PRODUCTION = "production";
    static final String TRIAL = "trial";
    static final String PLANNED = "planned";
    static final String NOT_STARTED = "not_started";

    @Inject
    AgroalDataSource dataSource;

    @Inject
    YokotenConfig config;

    public Board board(UUID process, FiscalYear fy) {
        Map<UUID, List<WardCell>> cells = cells(process, fy);
        Overview o = figures(process, fy, cells);
        if (o.items().isEmpty()) {
            throw new NotFound("There is no common process " + process + ".");
        }
        return new Board(fy.year(), o.threshold(), o.items().get(0), cells.get(process), standardTemplates(process));
    }

    public Overview overview(FiscalYear fy) {
        return figures(null, fy, cells(null, fy));
    }

    private Overview figures(UUID only, FiscalYear fy, Map<UUID, List<WardCell>> cells) {
        Map<UUID, Integer> leading = new HashMap<>();
        Map<UUID, Integer> projects = new HashMap<>();
        Map<UUID, String[]> names = new LinkedHashMap<>();
        int threshold = config.standardisation().wardThreshold();
        try (Connection c = dataSource.getConnection()) {
            // The KPI report's rule, same predicate: adopted before the end of the year and not discontinued.
            query(c, """
                    SELECT process_id, max(n) FROM (
                        SELECT t.process_id, count(*) AS n FROM template t JOIN adoption a ON a.template_id = t.id
                        WHERE t.process_id IS NOT NULL AND a.adopted_on < ? AND a.status <> 'discontinued'
                        GROUP BY t.process_id, t.id) x GROUP BY process_id""", rs -> leading.put(rs.getObject(1, UUID.class), rs.getInt(2)),
                    Date.valueOf(fy.endDay()));
            query(c, "SELECT process_id, count(*) FROM project GROUP BY process_id",
                    rs -> projects.put(rs.getObject(1, UUID.class), rs.getInt(2)));
            query(c, "SELECT id, name_ja, name_en FROM process WHERE (?::uuid IS NULL OR id = ?::uuid) ORDER BY name_ja, id",
                    rs -> names.put(rs.getObject(1, UUID.class), new String[] {rs.getString(2), rs.getString(3)}), only, only);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        List<ProcessFigures> items = new ArrayList<>();
        for (Map.Entry<UUID, String[]> p : names.entrySet()) {
            List<WardCell> wards = cells.getOrDefault(p.getKey(), List.of());
            int production = count(wards, PRODUCTION);
            int trial = count(wards, TRIAL);
            int planned = count(wards, PLANNED);
            int hearing = (int) wards.stream().filter(w -> "hearing".equals(w.source())).count();
            int lead = leading.getOrDefault(p.getKey(), 0);
            items.add(new ProcessFigures(p.getKey(), p.getValue()[0], p.getValue()[1], projects.getOrDefault(p.getKey(), 0), production,
                    trial, planned, wards.size() - production - trial - planned, hearing, ratio(production + trial, wards.size()), lead,
                    lead >= threshold));
        }
        int standardised = (int) items.stream().filter(ProcessFigures::standardised).count();
        return new Overview(fy.year(), threshold, items.size(), standardised, ratio(standardised, items.size()), items);
    }

    /** Every ward of every (or one) process, wards in official code order. */
    private Map<UUID, List<WardCell>> cells(UUID only, FiscalYear fy) {
        Map<UUID, List<WardCell>> out = new LinkedHashMap<>();
        try (Connection c = dataSource.getConnection()) {
            query(c, """
                    WITH std AS (
                        SELECT DISTINCT p.process_id, pt.template_id FROM project_template pt JOIN project p ON p.id = pt.project_id
                        WHERE ?::uuid IS NULL OR p.process_id = ?::uuid),
                    best AS (
                        SELECT DISTINCT ON (std.process_id, a.ward) std.process_id, a.ward, a.status, a.template_id, a.adopted_on, a.source
                        FROM adoption a JOIN std ON std.template_id = a.template_id
                        WHERE a.adopted_on < ? AND a.status <> 'discontinued'
                        ORDER BY std.process_id, a.ward, (a.status = 'production') DESC, a.adopted_on, a.template_id)
                    SELECT pr.id, w.slug, w.name_ja, w.name_en, b.status, b.template_id, t.title, b.adopted_on, b.source,
                           pl.target_on, pl.note
                    FROM process pr CROSS JOIN ward w
                    LEFT JOIN best b ON b.process_id = pr.id AND b.ward = w.slug
                    LEFT JOIN template t ON t.id = b.template_id
                    LEFT JOIN ward_plan pl ON pl.process_id = pr.id AND pl.ward = w.slug
                    WHERE ?::uuid IS NULL OR pr.id = ?::uuid
                    ORDER BY pr.id, w.code""", rs -> {
                        String adopted = rs.getString(5);
                        LocalDate target = rs.getObject(10, LocalDate.class);
                        String status = adopted != null ? adopted : target != null ? PLANNED : NOT_STARTED;
                        out.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>()).add(new WardCell(rs.getString(2),
                                rs.getString(3), rs.getString(4), status, rs.getObject(6, UUID.class), rs.getString(7),
                                rs.getObject(8, LocalDate.class), rs.getString(9), target, rs.getString(11)));
                    }, only, only, Date.valueOf(fy.endDay()), only, only);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }

    private List<BoardTemplate> standardTemplates(UUID process) {
        List<BoardTemplate> out = new ArrayList<>();
        try (Connection c = dataSource.getConnection()) {
            query(c, """
                    SELECT DISTINCT t.id, t.title, t.owner_ward FROM project p JOIN project_template pt ON pt.project_id = p.id
                    JOIN template t ON t.id = pt.template_id WHERE p.process_id = ? ORDER BY t.title, t.id""",
                    rs -> out.add(new BoardTemplate(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3))), process);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }

    private static int count(List<WardCell> wards, String status) {
        return (int) wards.stream().filter(w -> status.equals(w.status())).count();
    }

    /** Four decimals, half up: the KPI report's rounding. */
    static BigDecimal ratio(int part, int whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP);
    }

    interface RowReader {
        void read(ResultSet rs) throws SQLException;
    }

    private static void query(Connection c, String sql, RowReader reader, Object... params) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                st.setObject(i + 1, params[i], params[i] instanceof Date ? java.sql.Types.DATE : java.sql.Types.OTHER);
            }
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    reader.read(rs);
                }
            }
        }
    }
}
