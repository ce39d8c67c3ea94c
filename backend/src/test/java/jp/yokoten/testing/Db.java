package jp.yokoten.testing;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Row counts of the catalog's tables, to assert that a refused request changed nothing. */
@ApplicationScoped
public class Db {
    private static final List<String> TABLES = List.of("template", "template_version", "stored_file", "stored_file_chunk", "review", "audit_entry",
            "version_finding");

    @Inject
    AgroalDataSource dataSource;

    public Map<String, Long> counts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : TABLES) {
            counts.put(table, scalar("SELECT count(*) FROM " + table));
        }
        return counts;
    }

    /**
     * Row counts of every table of the schema, to assert that a refused request changed nothing anywhere.
     * Taken after the caller's fixture is built, so only what happens between two snapshots counts. Left
     * out: Flyway's history, and the user directory, which records each caller on sight (a refused caller
     * is still someone the portal has seen; see PortalUsers).
     */
    public Map<String, Long> footprint() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : texts("SELECT tablename FROM pg_tables WHERE schemaname = current_schema()"
                + " AND tablename NOT IN ('flyway_schema_history', 'portal_user') ORDER BY tablename")) {
            counts.put(table, scalar("SELECT count(*) FROM " + table));
        }
        return counts;
    }

    /** The first column of every row, as text (to search stored data for values that must not be there). */
    public List<String> texts(String sql) {
        List<String> rows = new java.util.ArrayList<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                rows.add(rs.getString(1));
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public long scalar(String sql) {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
