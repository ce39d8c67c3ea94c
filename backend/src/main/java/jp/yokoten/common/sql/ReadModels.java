package jp.yokoten.common.sql;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import jp.yokoten.common.paging.Page;
import jp.yokoten.common.paging.PageRequest;

/**
 * Read models (lists, counts, exports) as plain SQL mapped straight into records, never through entities:
 * the query says exactly which columns a screen needs and nothing is hydrated, tracked or flushed. Parameters
 * are JDBC {@code ?} placeholders bound in order. The connection is the transaction's when one is active
 * (Agroal enlists it), so a read model inside a write sees that write once the entities are flushed.
 */
@ApplicationScoped
public class ReadModels {
    /** One row into one record; read columns by position or name. */
    @FunctionalInterface
    public interface Row<T> {
        T map(ResultSet rs) throws SQLException;
    }

    @Inject
    AgroalDataSource dataSource;

    public <T> List<T> list(String sql, Row<T> row, Object... params) {
        try (Connection c = dataSource.getConnection(); PreparedStatement st = prepare(c, sql, params);
                ResultSet rs = st.executeQuery()) {
            List<T> items = new ArrayList<>();
            while (rs.next()) {
                items.add(row.map(rs));
            }
            return items;
        } catch (SQLException e) {
            throw new IllegalStateException("read model query failed: " + e.getMessage(), e);
        }
    }

    public long count(String sql, Object... params) {
        List<Long> n = list(sql, rs -> rs.getLong(1), params);
        return n.isEmpty() ? 0 : n.get(0);
    }

    /**
     * One page: {@code select} and {@code from} (joins and WHERE) are joined with {@code ORDER BY order LIMIT OFFSET};
     * the total counts the same {@code from} with the same parameters. {@code order} must end in a unique key
     * so that pages are stable.
     */
    public <T> Page<T> page(String select, String from, String order, PageRequest paging, Row<T> row, Object... params) {
        Object[] withPage = new Object[params.length + 2];
        System.arraycopy(params, 0, withPage, 0, params.length);
        withPage[params.length] = paging.size();
        withPage[params.length + 1] = paging.offset();
        List<T> items = list(select + " " + from + " ORDER BY " + order + " LIMIT ? OFFSET ?", row, withPage);
        return new Page<>(items, paging.page(), paging.size(), count("SELECT count(*) " + from, params));
    }

    private static PreparedStatement prepare(Connection c, String sql, Object... params) throws SQLException {
        PreparedStatement st = c.prepareStatement(sql);
        for (int i = 0; i < params.length; i++) {
            st.setObject(i + 1, params[i]);
        }
        return st;
    }
}
