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
import org.postgresql.PGStatement;
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

    @Inject
    FacetCache facetCache;

    /** What determines facet counts: the words, the filters, the status and whose drafts the caller may see. */
    private String cacheKey(SearchQuery q, List<String[]> words) {
        boolean overseer = user.hasRole(CurrentUser.REVIEWER) || user.hasRole(CurrentUser.ADMIN);
        String scope = "published".equals(q.status()) ? "all" : overseer ? "overseer"
                : user.hasRole(CurrentUser.PUBLISHER) ? user.ward().orElse("") : "";
        StringBuilder key = new StringBuilder(scope).append('|').append(q.status());
        words.forEach(w -> key.append('|').append(String.join(",", w)));
        return key.append('|').append(q.platform()).append('|').append(q.category()).append('|').append(q.ward())
                .append('|').append(q.tag()).append('|').append(q.process()).toString();
    }

    public SearchHits search(SearchQuery q) {
        try (Connection c = dataSource.getConnection()) {
            List<String[]> words = wordTokens(c, q.text());
            Sql where = where(c, q, words);
            List<UUID> ids = "relevance".equals(q.sort()) ? byRelevance(c, where, words, q.paging())
                    : page(c, new Sql("").append(where), order(q.sort()), q.paging().offset(), q.paging().size());
            Map<String, List<SearchHits.FacetCount>> facets = facetCache.get(cacheKey(q, words), () -> facets(c, q, words));
            return new SearchHits(ids, total(q, facets), facets);
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

    /** Every query token as stored in template_search.tokens (hashtext), so the GIN index can serve them. */
    private static Integer[] hashes(Connection c, List<String[]> words) throws SQLException {
        List<String> all = new ArrayList<>();
        words.forEach(w -> all.addAll(List.of(w)));
        try (PreparedStatement st = c.prepareStatement("SELECT ARRAY(SELECT DISTINCT hashtext(x) FROM unnest(?::text[]) x)")) {
            st.setArray(1, c.createArrayOf("text", all.toArray()));
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return (Integer[]) rs.getArray(1).getArray();
            }
        }
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
            sql.append(" AND s.tokens @> ?", c.createArrayOf("int4", hashes(c, words)));
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
        if (q.process() != null && !"process".equals(except)) {
            sql.append(" AND s.process_id = ?", q.process());
        }
        if (q.tag() != null && !"tag".equals(except)) {
            sql.append(" AND s.tags @> ARRAY[yokoten_normalize(?)]", q.tag());
        }
        return sql;
    }

    private static String order(String sort) {
        return switch (sort) {
            case "adopted" -> "s.adoption_count DESC, s.template_id";
            case "rated" -> "s.rating_avg DESC NULLS LAST, s.rating_count DESC, s.template_id";
            default -> "s.published_at DESC NULLS LAST, s.template_id";
        };
    }

    private static List<UUID> page(Connection c, Sql where, String order, int offset, int limit) throws SQLException {
        List<UUID> ids = new ArrayList<>();
        if (limit <= 0) {
            return ids;
        }
        Sql sql = new Sql("SELECT s.template_id FROM template_search s WHERE ").append(where)
                .append(" ORDER BY " + order + " LIMIT ? OFFSET ?", limit, offset);
        try (PreparedStatement st = sql.prepare(c); ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                ids.add(rs.getObject(1, UUID.class));
            }
        }
        return ids;
    }

    /**
     * Relevance: hits whose title holds every query word come first, then the rest, each newest first.
     * Two ordered reads that can walk the newest-first index, instead of scoring and sorting every hit:
     * a broad word matches a fifth of the catalogue.
     */
    private static List<UUID> byRelevance(Connection c, Sql where, List<String[]> words, jp.yokoten.common.paging.PageRequest paging)
            throws SQLException {
        List<String> all = new ArrayList<>();
        words.forEach(w -> all.addAll(List.of(w)));
        Array titleTokens = c.createArrayOf("text", all.toArray());
        Sql inTitle = new Sql("").append(where).append(" AND s.title_tokens @> ?", titleTokens);
        int offset = paging.offset();
        int size = paging.size();
        List<UUID> ids = new ArrayList<>(page(c, inTitle, order("newest"), offset, size));
        long titled = offset + ids.size();
        if (ids.isEmpty() && offset > 0) {
            // past the title hits: how many there are decides where the other hits start
            try (PreparedStatement st = new Sql("SELECT count(*) FROM template_search s WHERE ").append(inTitle).prepare(c);
                 ResultSet rs = st.executeQuery()) {
                rs.next();
                titled = rs.getLong(1);
            }
        }
        int rest = size - ids.size();
        long restOffset = Math.max(0, offset - titled);
        Sql notInTitle = new Sql("").append(where).append(" AND NOT (s.title_tokens @> ?)", titleTokens);
        ids.addAll(page(c, notInTitle, order("newest"), (int) restOffset, rest));
        return ids;
    }

    /**
     * Every hit has exactly one platform, and the platform facet is counted under all other filters: so the
     * total is its sum, or the selected platform's count. This spares a second scan (and lets the page query
     * stop after LIMIT rows when it can walk an index in sort order).
     */
    private static long total(SearchQuery q, Map<String, List<SearchHits.FacetCount>> facets) {
        return facets.get("platform").stream()
                .filter(f -> q.platform() == null || q.platform().equals(f.value()))
                .mapToLong(SearchHits.FacetCount::count).sum();
    }

    /** One round trip: the matching rows are read once, then grouped per dimension under the other filters. */
    private Map<String, List<SearchHits.FacetCount>> facets(Connection c, SearchQuery q, List<String[]> words) {
        try {
            return countFacets(c, q, words);
        } catch (SQLException e) {
            throw new IllegalStateException("Facet count failed", e);
        }
    }

    private Map<String, List<SearchHits.FacetCount>> countFacets(Connection c, SearchQuery q, List<String[]> words) throws SQLException {
        Sql sql = new Sql("WITH s AS MATERIALIZED (SELECT s.platform, s.category, s.owner_ward, s.process_id, s.tags FROM template_search s WHERE ")
                .append(base(c, q, words)).append(") ");
        String[][] dims = {{"platform", "s.platform"}, {"category", "s.category"}, {"ward", "s.owner_ward"},
            {"process", "s.process_id::text"}};
        for (String[] d : dims) {
            sql.append("SELECT '" + d[0] + "', " + d[1] + ", count(*) FROM s WHERE " + d[1] + " IS NOT NULL");
            filters(sql, q, d[0]).append(" GROUP BY 2 UNION ALL ");
        }
        sql.append("(SELECT 'tag', t, count(*) FROM s, unnest(s.tags) t WHERE true");
        filters(sql, q, "tag").append(" GROUP BY 2 ORDER BY 3 DESC, 2 LIMIT " + TAG_FACET_LIMIT + ")");
        Map<String, List<SearchHits.FacetCount>> facets = new LinkedHashMap<>();
        for (String d : List.of("platform", "category", "ward", "process", "tag")) {
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
            // Always plan with the actual tokens: a cached generic plan cannot know how selective a word is
            // and falls back to scanning every token row (seconds instead of milliseconds).
            st.unwrap(PGStatement.class).setPrepareThreshold(0);
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
