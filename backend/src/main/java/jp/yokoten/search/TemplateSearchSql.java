package jp.yokoten.search;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * Builds the one statement that answers a template search: the page rows (ranked, as projections joined
 * to {@code template} for the page only), the total and the facet counts. Without words or a tag filter the
 * counts come from the maintained {@code search_count}/{@code search_tag_count} rows (exact, a few hundred
 * rows); otherwise they are counted over at most {@link #CAP} hits, so a broad word never makes a request
 * count all of its 20,000 hits: above 10,000 the answer says so (SPEC §6).
 */
final class TemplateSearchSql {
    /**
     * A result row's columns after the total, capped flag and facets (columns 1–3), for template {@code t} and its
     * counters {@code p} (mapped by SearchService#summary).
     */
    static final String ROW = "t.id, t.status, t.owner_ward, t.title, t.title_en, t.summary, t.platform, t.category, t.tags, t.published_at,"
            + " p.rating_avg, p.rating_count, p.adoption_count, left(t.description, 4000), " + PrizeColumn.SQL;

    static final int CAP = 10_001;
    static final int TAG_FACET_LIMIT = 30;
    private static final String[][] DIMS = {{"platform", "s.platform"}, {"category", "s.category"}, {"ward", "s.owner_ward"},
        {"process", "s.process_id::text"}};

    private final SearchQuery q;
    private final Optional<String> wardLimit;
    private final List<List<String>> words;
    private final Connection c;

    /** {@code wardLimit}: the one ward whose rows of the status the caller sees, if not all (publication/Visibility#wardLimit). */
    TemplateSearchSql(Connection c, SearchQuery q, Optional<String> wardLimit, List<List<String>> words) {
        this.c = c;
        this.q = q;
        this.wardLimit = wardLimit;
        this.words = words;
    }

    /** Counts from maintained rows: nothing per hit to count when there are no words and no tag filter. */
    boolean maintained() {
        return words.isEmpty() && q.tag() == null;
    }

    /** The tag facet can come from search_tag_count only when no other filter than the ward narrows it. */
    private boolean maintainedTags() {
        return maintained() && q.platform() == null && q.category() == null && q.process() == null;
    }

    private boolean filtered() {
        return q.platform() != null || q.category() != null || q.ward() != null || q.process() != null || q.tag() != null;
    }

    /** Status and visibility; for the template_search, search_count and search_tag_count rows alike. */
    private Sql visible() {
        Sql sql = new Sql("s.status = ?", q.status());
        wardLimit.ifPresent(w -> sql.append(" AND s.owner_ward = ?", w));
        return sql;
    }

    private Sql base() throws SQLException {
        Sql sql = visible();
        if (!words.isEmpty()) {
            sql.append(" AND s.tokens @> ?", c.createArrayOf("int4", SearchService.hashes(words)));
        }
        return sql;
    }

    private Sql filters(Sql sql, String except) {
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
            sql.append(" AND s.tags @> ARRAY[?]::text[]", Tokeniser.normalize(q.tag()));
        }
        return sql;
    }

    private String order() {
        return switch (q.sort()) {
            case "adopted" -> "s.adoption_count DESC, s.template_id";
            case "rated" -> "s.rating_avg DESC NULLS LAST, s.rating_count DESC, s.template_id";
            case "relevance" -> TAIL; // without words every rank is equal
            default -> "s.published_at DESC NULLS LAST, s.template_id";
        };
    }

    /** Ties within a rank: adopting wards, then rating, then newest (issue 21's ranking). */
    private static final String TAIL = "adoption_count DESC, rating_avg DESC NULLS LAST, published_at DESC NULLS LAST, template_id";
    private static final String PAGE_COLUMNS = "s.template_id, s.rating_avg, s.rating_count, s.adoption_count, s.published_at";

    /**
     * The page rows. By relevance with words, rank is the field weight: every word in the title (3), else in the tags
     * (2), else in the summary (1), else only in the description (0). Title hits come first from their own ordered,
     * limited read; the other hits are read and ranked only when the title hits do not fill the page (a gating
     * one-time filter), so a broad word does not rank all of its 20,000 hits for its first page.
     */
    private Sql page() throws SQLException {
        int upTo = q.paging().offset() + q.paging().size();
        if (!"relevance".equals(q.sort()) || words.isEmpty()) {
            return new Sql("page AS (SELECT x.*, row_number() OVER () AS ord FROM (SELECT " + PAGE_COLUMNS
                    + ", 0 AS rank FROM template_search s WHERE ").append(filters(base(), null))
                    .append(" ORDER BY " + order() + " LIMIT ? OFFSET ?) x) ", q.paging().size(), q.paging().offset());
        }
        var title = c.createArrayOf("text", words.stream().flatMap(List::stream).distinct().toArray());
        var hashes = c.createArrayOf("int4", SearchService.hashes(words));
        return new Sql("title3 AS MATERIALIZED (SELECT " + PAGE_COLUMNS + ", 3 AS rank FROM template_search s WHERE ")
                .append(filters(base(), null)).append(" AND s.title_tokens @> ? ORDER BY " + TAIL + " LIMIT ?), ", title, upTo)
                .append("page AS (SELECT x.*, row_number() OVER (ORDER BY rank DESC, " + TAIL + ") AS ord FROM (SELECT * FROM title3 UNION ALL (SELECT "
                        + PAGE_COLUMNS + ", CASE WHEN s.tag_tokens @> ? THEN 2 WHEN s.summary_tokens @> ? THEN 1 ELSE 0 END AS rank"
                        + " FROM template_search s WHERE ", hashes, hashes)
                .append(filters(base(), null))
                .append(" AND NOT s.title_tokens @> ? AND (SELECT count(*) FROM title3) < ? ORDER BY rank DESC, " + TAIL + " LIMIT ?)) x"
                        + " ORDER BY rank DESC, " + TAIL + " LIMIT ? OFFSET ?) ", title, upTo, upTo, q.paging().size(), q.paging().offset());
    }

    Sql statement() throws SQLException {
        boolean scan = !maintained() || !maintainedTags();
        Sql sql = new Sql("WITH ");
        if (scan) {
            // at most CAP hits of the text and visibility, with what facets need; filters apply per dimension below
            sql.append("hit AS MATERIALIZED (SELECT s.platform, s.category, s.owner_ward, s.process_id, s.tags FROM template_search s WHERE ")
                    .append(base()).append(" LIMIT " + CAP + "), ");
        }
        if (maintained()) {
            sql.append("cnt AS (SELECT s.platform, s.category, s.owner_ward, s.process_id, s.n FROM search_count s WHERE ")
                    .append(visible()).append(" AND s.n > 0), ");
        }
        sql.append(page());
        sql.append("SELECT c.total, c.capped, c.facets, " + ROW + " FROM (SELECT ");
        sql.append(total()).append(" AS total, ").append(scan ? "(SELECT count(*) FROM hit) >= " + CAP : "false").append(" AS capped, json_build_object(");
        for (String[] d : DIMS) {
            sql.append("'" + d[0] + "', ").append(facet(d[0], d[1])).append(", ");
        }
        sql.append("'tag', ").append(tagFacet()).append(")::text AS facets) c");
        sql.append(" LEFT JOIN (page p JOIN template t ON t.id = p.template_id) ON true ORDER BY p.ord");
        return sql;
    }

    private Sql total() throws SQLException {
        if (maintained()) {
            return new Sql("(SELECT coalesce(sum(s.n), 0) FROM cnt s WHERE true").append(filters(new Sql(""), null)).append(")");
        }
        if (!filtered()) {
            return new Sql("(SELECT count(*) FROM hit)"); // the hits are the answer, capped like them
        }
        // exact below the cap; above it, count the filtered hits on their own, again at most CAP of them
        return new Sql("CASE WHEN (SELECT count(*) FROM hit) < " + CAP + " THEN (SELECT count(*) FROM hit s WHERE true")
                .append(filters(new Sql(""), null)).append(") ELSE (SELECT count(*) FROM (SELECT 1 FROM template_search s WHERE ")
                .append(filters(base(), null)).append(" LIMIT " + CAP + ") x) END");
    }

    private Sql facet(String name, String column) {
        String from = maintained() ? "sum(s.n) AS n FROM cnt s" : "count(*) AS n FROM hit s";
        return new Sql("(SELECT coalesce(json_agg(json_build_object('value', v, 'count', n) ORDER BY n DESC, v), '[]'::json) FROM (SELECT "
                + column + " AS v, " + from + " WHERE " + column + " IS NOT NULL").append(filters(new Sql(""), name))
                .append(" GROUP BY 1) x)");
    }

    private Sql tagFacet() {
        Sql sql = new Sql("(SELECT coalesce(json_agg(json_build_object('value', v, 'count', n) ORDER BY n DESC, v), '[]'::json) FROM (");
        if (maintainedTags()) {
            sql.append("SELECT s.tag AS v, sum(s.n) AS n FROM search_tag_count s WHERE ").append(visible()).append(" AND s.n > 0");
            if (q.ward() != null) {
                sql.append(" AND s.owner_ward = ?", q.ward());
            }
        } else {
            sql.append("SELECT t AS v, count(*) AS n FROM hit s, unnest(s.tags) t WHERE true").append(filters(new Sql(""), "tag"));
        }
        return sql.append(" GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT " + TAG_FACET_LIMIT + ") x)");
    }
}
