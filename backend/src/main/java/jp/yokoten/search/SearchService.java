package jp.yokoten.search;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jp.yokoten.common.security.CurrentUser;

/**
 * Runs searches over {@code template_search}: every query word must match (AND) through the token GIN
 * index, title matches rank first, and facets count each dimension under the other active filters.
 * Visibility is part of every statement, so hidden items never reach items or counts.
 */
@ApplicationScoped
public class SearchService {
    private static final int TAG_FACET_LIMIT = 30;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    CurrentUser user;

    public SearchHits search(SearchQuery q) {
        try (Connection c = dataSource.getConnection()) {
            List<String[]> words = wordTokens(c, q.text());
            Sql where = where(c, q, words);
            List<UUID> ids = new ArrayList<>();
            long total = 0;
            Sql page = new Sql("SELECT s.template_id, count(*) OVER () FROM template_search s WHERE ").append(where)
                    .append(" ORDER BY ").append(order(c, q.sort(), words))
                    .append(" LIMIT ? OFFSET ?", q.paging().size(), q.paging().offset());
            try (PreparedStatement st = page.prepare(c); ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getObject(1, UUID.class));
                    total = rs.getLong(2);
                }
            }
            if (ids.isEmpty() && q.paging().offset() > 0) {
                total = count(c, where);
            }
            return new SearchHits(ids, total, facets(c, q, words));
        } catch (SQLException e) {
            throw new IllegalStateException("Search failed", e);
        }
    }

    /** The query's words as the database tokenises them, so queries and documents share one tokeniser. */
    private static List<String[]> wordTokens(Connection c, String text) throws SQLException {
        List<String[]> words = new ArrayList<>();
        if (text == null) {
            return words;
        }
        try (PreparedStatement st = c.prepareStatement("SELECT yokoten_word_tokens(w) FROM unnest(yokoten_words(?)) w")) {
            st.setString(1, text);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next() && words.size() < 10) {
                    words.add((String[]) rs.getArray(1).getArray());
                }
            }
        }
        return words;
    }

    /** Visibility, status and text; the facet filters are added per dimension. */
    private Sql base(Connection c, SearchQuery q, List<String[]> words) throws SQLException {
        boolean overseer = user.hasRole(CurrentUser.REVIEWER) || user.hasRole(CurrentUser.ADMIN);
        String myWard = user.hasRole(CurrentUser.PUBLISHER) ? user.ward().orElse(null) : null;
        Sql sql = new Sql("s.status = ?", q.status());
        if (!"published".equals(q.status()) && !overseer) {
            sql.append(" AND s.owner_ward = ?", myWard == null ? "" : myWard);
        }
        if (!words.isEmpty()) {
            List<String> all = new ArrayList<>();
            words.forEach(w -> all.addAll(List.of(w)));
            sql.append(" AND s.tokens @> ?", c.createArrayOf("text", all.toArray()));
        }
        return sql;
    }

    private Sql where(Connection c, SearchQuery q, List<String[]> words) throws SQLException {
        return filters(base(c, q, words), q, null);
    }

    private static Sql filters(Sql sql, SearchQuery q, String except) {
        if (q.platform() != null && !"platform".equals(except)) {
            sql.append(" AND s.platform = ?", q.platform());
        }
        if (q.category() != null && !"category".equals(except)) {
            sql.append(" AND s.category = ?", q.category());
        }
        if (q.ward() != null && !"ward".equals(except)) {
            sql.append(" AND s.owner_ward = ?", q.ward());
        }
        if (q.tag() != null && !"tag".equals(except)) {
            sql.append(" AND s.tags @> ARRAY[yokoten_normalize(?)]", q.tag());
        }
        return sql;
    }

    private static Sql order(Connection c, String sort, List<String[]> words) throws SQLException {
        return switch (sort) {
            case "relevance" -> {
                Sql score = new Sql("(");
                for (int i = 0; i < words.size(); i++) {
                    score.append(i == 0 ? "" : " + ").append("(s.title_tokens @> ?)::int", c.createArrayOf("text", words.get(i)));
                }
                yield score.append(") DESC, s.published_at DESC NULLS LAST, s.template_id");
            }
            case "adopted" -> new Sql("s.adoption_count DESC, s.template_id");
            case "rated" -> new Sql("s.rating_avg DESC NULLS LAST, s.rating_count DESC, s.template_id");
            default -> new Sql("s.published_at DESC NULLS LAST, s.template_id");
        };
    }

    private static long count(Connection c, Sql where) throws SQLException {
        try (PreparedStatement st = new Sql("SELECT count(*) FROM template_search s WHERE ").append(where).prepare(c);
             ResultSet rs = st.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** One round trip: the matching rows are read once, then grouped per dimension under the other filters. */
    private Map<String, List<SearchHits.FacetCount>> facets(Connection c, SearchQuery q, List<String[]> words) throws SQLException {
        Sql sql = new Sql("WITH s AS MATERIALIZED (SELECT s.platform, s.category, s.owner_ward, s.tags FROM template_search s WHERE ")
                .append(base(c, q, words)).append(") ");
        String[][] dims = {{"platform", "s.platform"}, {"category", "s.category"}, {"ward", "s.owner_ward"}};
        for (String[] d : dims) {
            sql.append("SELECT '" + d[0] + "', " + d[1] + ", count(*) FROM s WHERE true");
            filters(sql, q, d[0]).append(" GROUP BY 2 UNION ALL ");
        }
        sql.append("(SELECT 'tag', t, count(*) FROM s, unnest(s.tags) t WHERE true");
        filters(sql, q, "tag").append(" GROUP BY 2 ORDER BY 3 DESC, 2 LIMIT " + TAG_FACET_LIMIT + ")");
        Map<String, List<SearchHits.FacetCount>> facets = new LinkedHashMap<>();
        for (String d : List.of("platform", "category", "ward", "tag")) {
            facets.put(d, new ArrayList<>());
        }
        try (PreparedStatement st = sql.prepare(c); ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                facets.get(rs.getString(1)).add(new SearchHits.FacetCount(rs.getString(2), rs.getLong(3)));
            }
        }
        facets.values().forEach(list -> list.sort((a, b) -> Long.compare(b.count(), a.count()) != 0
                ? Long.compare(b.count(), a.count()) : a.value().compareTo(b.value())));
        return facets;
    }

    /** A statement under construction with its positional parameters in order. */
    private static final class Sql {
        private final StringBuilder text = new StringBuilder();
        private final List<Object> params = new ArrayList<>();

        Sql(String fragment, Object... values) {
            append(fragment, values);
        }

        Sql append(String fragment, Object... values) {
            text.append(fragment);
            params.addAll(List.of(values));
            return this;
        }

        Sql append(Sql other) {
            text.append(other.text);
            params.addAll(other.params);
            return this;
        }

        PreparedStatement prepare(Connection c) throws SQLException {
            PreparedStatement st = c.prepareStatement(text.toString());
            for (int i = 0; i < params.size(); i++) {
                Object p = params.get(i);
                if (p instanceof Array a) {
                    st.setArray(i + 1, a);
                } else {
                    st.setObject(i + 1, p);
                }
            }
            return st;
        }
    }
}
