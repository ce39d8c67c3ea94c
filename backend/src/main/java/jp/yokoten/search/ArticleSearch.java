package jp.yokoten.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jp.yokoten.common.error.InvalidInput;
import jp.yokoten.common.error.Problem;
import jp.yokoten.common.paging.Page;
import jp.yokoten.common.paging.PageRequest;
import jp.yokoten.reference.ReferenceService;

/**
 * The know-how article index ({@code article_search}) and its search: the tokeniser, normalisation and AND
 * semantics of template and story search, newest first, with facets (platform, category, ward, tag) each
 * counted under the other filters: two statements, the page with its total and the facets. Articles are few
 * (hundreds, not the 100,000 templates of SPEC §7), so the facets need no cap. Visibility is part of every
 * statement, so hidden articles never reach items or counts.
 */
@ApplicationScoped
public class ArticleSearch {
    /** The facet dimensions, in the order the answer lists them. */
    static final List<String> FACETS = List.of("platform", "category", "ward", "tag");

    @Inject
    WritingIndex index;

    @Inject
    ReferenceService reference;

    /** The filters of one search, validated. */
    public record Query(String q, String platform, String category, String ward, String tag, String template, String status) {}

    /** Keeps the article's index row in step, inside the writer's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void upsert(UUID id, String status, String ownerWard, String platform, String category, List<String> tags,
            OffsetDateTime publishedAt, String text) {
        index.upsert(new Sql("""
                INSERT INTO article_search (article_id, status, owner_ward, platform, category, tags, published_at, tokens)
                VALUES (?, ?, ?, ?, ?, ARRAY(SELECT yokoten_normalize(x) FROM unnest(?::text[]) x), ?, yokoten_token_hashes(?))
                ON CONFLICT (article_id) DO UPDATE SET status = excluded.status, platform = excluded.platform,
                    category = excluded.category, tags = excluded.tags, published_at = excluded.published_at,
                    tokens = excluded.tokens""", id, status, ownerWard, platform, category, tags.toArray(String[]::new),
                publishedAt, text));
    }

    /** Articles the caller may see, newest first, with facets. */
    public ArticleSearchResult search(Query query, PageRequest paging) {
        List<Problem.FieldError> errors = new ArrayList<>();
        String status = index.status(query.status(), errors);
        if (query.platform() != null && reference.platform(query.platform()).isEmpty()) {
            errors.add(new Problem.FieldError("platform", "unknown platform; see GET /api/v1/platforms"));
        }
        if (query.category() != null && reference.category(query.category()).isEmpty()) {
            errors.add(new Problem.FieldError("category", "unknown category; see GET /api/v1/categories"));
        }
        index.ward(query.ward(), errors);
        UUID templateId = index.template(query.template(), errors);
        if (!errors.isEmpty()) {
            throw new InvalidInput("Invalid search parameters.", errors);
        }
        return index.read("Article", c -> {
            Array tokens = index.tokens(c, query.q());
            Page<ArticleSummary> page = index.page(c, "article", "p.platform, p.category, p.tags",
                    where(query, status, templateId, tokens, null), paging,
                    rs -> new ArticleSummary(rs.getObject(2, UUID.class), rs.getString(3), rs.getString(4), rs.getString(5),
                            rs.getString(6), rs.getString(7), rs.getString(8), Arrays.asList((String[]) rs.getArray(9).getArray()),
                            rs.getObject(10, OffsetDateTime.class)));
            return new ArticleSearchResult(page.items(), page.page(), page.size(), page.total(),
                    facets(c, query, status, templateId, tokens));
        });
    }

    /** One statement: each dimension grouped under every filter but its own. */
    private Map<String, List<FacetCount>> facets(Connection c, Query query, String status, UUID templateId, Array tokens)
            throws SQLException {
        Sql sql = new Sql("SELECT * FROM (");
        for (int i = 0; i < FACETS.size(); i++) {
            String facet = FACETS.get(i);
            String value = switch (facet) {
                case "ward" -> "s.owner_ward";
                case "tag" -> "t.tag";
                default -> "s." + facet;
            };
            String from = "tag".equals(facet) ? " FROM article_search s CROSS JOIN unnest(s.tags) AS t(tag)" : " FROM article_search s";
            sql.append((i == 0 ? "" : " UNION ALL ") + "SELECT '" + facet + "' AS facet, " + value + " AS value, count(*) AS n" + from)
                    .append(where(query, status, templateId, tokens, facet))
                    .append(" AND " + value + " IS NOT NULL GROUP BY " + value);
        }
        sql.append(") f ORDER BY facet, n DESC, value");
        Map<String, List<FacetCount>> facets = new LinkedHashMap<>();
        FACETS.forEach(f -> facets.put(f, new ArrayList<>()));
        try (PreparedStatement ps = sql.prepare(c); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                facets.get(rs.getString(1)).add(new FacetCount(rs.getString(2), rs.getLong(3)));
            }
        }
        return facets;
    }

    /** The filters as a WHERE clause over {@code s}; {@code skip} leaves one facet's own filter out. */
    private Sql where(Query query, String status, UUID templateId, Array tokens, String skip) {
        Sql where = index.where("article", status, tokens, "ward".equals(skip) ? null : query.ward(), templateId);
        if (query.platform() != null && !"platform".equals(skip)) {
            where.append(" AND s.platform = ?", query.platform());
        }
        if (query.category() != null && !"category".equals(skip)) {
            where.append(" AND s.category = ?", query.category());
        }
        if (query.tag() != null && !"tag".equals(skip)) {
            where.append(" AND yokoten_normalize(?) = ANY (s.tags)", query.tag().strip());
        }
        return where;
    }
}
