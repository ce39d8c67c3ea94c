package jp.yokoten.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
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
import jp.yokoten.common.paging.PageRequest;
import jp.yokoten.common.security.CurrentUser;
import jp.yokoten.common.sql.ReadRouter;
import jp.yokoten.publication.Visibility;
import jp.yokoten.reference.ReferenceService;
import jp.yokoten.review.Workflow;
import jp.yokoten.ward.WardService;
import org.hibernate.Session;

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
    EntityManager em;

    @Inject
    ReadRouter reads; // reads that may lag: the replica when one is configured (common/sql/ReadRouter)

    @Inject
    CurrentUser user;

    @Inject
    WardService wards;

    @Inject
    ReferenceService reference;

    /** The filters of one search, validated. */
    public record Query(String q, String platform, String category, String ward, String tag, String template, String status) {}

    /** Keeps the article's index row in step, inside the writer's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void upsert(UUID id, String status, String ownerWard, String platform, String category, List<String> tags,
            OffsetDateTime publishedAt, String text) {
        em.flush(); // the article row must exist before its index row refers to it
        em.unwrap(Session.class).doWork(c -> {
            try (PreparedStatement s = c.prepareStatement("""
                    INSERT INTO article_search (article_id, status, owner_ward, platform, category, tags, published_at, tokens)
                    VALUES (?, ?, ?, ?, ?, ARRAY(SELECT yokoten_normalize(x) FROM unnest(?::text[]) x), ?, yokoten_token_hashes(?))
                    ON CONFLICT (article_id) DO UPDATE SET status = excluded.status, platform = excluded.platform,
                        category = excluded.category, tags = excluded.tags, published_at = excluded.published_at,
                        tokens = excluded.tokens""")) {
                s.setObject(1, id);
                s.setString(2, status);
                s.setString(3, ownerWard);
                s.setString(4, platform);
                s.setString(5, category);
                s.setArray(6, c.createArrayOf("text", tags.toArray()));
                s.setObject(7, publishedAt);
                s.setString(8, text);
                s.executeUpdate();
            }
        });
    }

    /** Articles the caller may see, newest first, with facets. */
    public ArticleSearchResult search(Query query, PageRequest paging) {
        String status = validate(query);
        UUID templateId = query.template() == null ? null : UUID.fromString(query.template().strip());
        try (Connection c = reads.connection()) {
            Integer[] hashes = SearchService.hashes(Tokeniser.query(query.q()));
            Array tokens = hashes.length == 0 ? null : c.createArrayOf("int4", hashes);
            Sql where = where(query, status, templateId, tokens, null);
            Sql sql = new Sql("SELECT c.total, p.id, p.status, p.owner_ward, p.title, p.title_en, p.platform, p.category, p.tags,"
                    + " p.published_at FROM (SELECT count(*) AS total FROM article_search s").append(where)
                    .append(") c LEFT JOIN LATERAL (SELECT x.*, s.ord FROM (SELECT s.article_id, row_number() OVER "
                            + "(ORDER BY s.published_at DESC NULLS LAST, s.article_id) AS ord FROM article_search s").append(where)
                    .append(" ORDER BY s.published_at DESC NULLS LAST, s.article_id LIMIT ? OFFSET ?) s JOIN article x ON x.id = s.article_id)"
                            + " p ON true ORDER BY p.ord", paging.size(), paging.offset());
            long total = 0;
            List<ArticleSummary> items = new ArrayList<>();
            try (PreparedStatement ps = sql.prepare(c); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    total = rs.getLong(1);
                    if (rs.getObject(2) != null) {
                        items.add(new ArticleSummary(rs.getObject(2, UUID.class), rs.getString(3), rs.getString(4), rs.getString(5),
                                rs.getString(6), rs.getString(7), rs.getString(8), Arrays.asList((String[]) rs.getArray(9).getArray()),
                                rs.getObject(10, OffsetDateTime.class)));
                    }
                }
            }
            return new ArticleSearchResult(items, paging.page(), paging.size(), total, facets(c, query, status, templateId, tokens));
        } catch (SQLException e) {
            throw new IllegalStateException("Article search failed", e);
        }
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
        Sql where = new Sql(" WHERE s.status = ?", status);
        if (!Workflow.PUBLISHED.equals(status) && !user.overseer()) {
            where.append(" AND s.owner_ward = ?", Visibility.viewerWard(user));
        }
        if (tokens != null) {
            where.append(" AND s.tokens @> ?", tokens);
        }
        if (query.platform() != null && !"platform".equals(skip)) {
            where.append(" AND s.platform = ?", query.platform());
        }
        if (query.category() != null && !"category".equals(skip)) {
            where.append(" AND s.category = ?", query.category());
        }
        if (query.ward() != null && !"ward".equals(skip)) {
            where.append(" AND s.owner_ward = ?", query.ward());
        }
        if (query.tag() != null && !"tag".equals(skip)) {
            where.append(" AND yokoten_normalize(?) = ANY (s.tags)", query.tag().strip());
        }
        if (templateId != null) {
            where.append(" AND EXISTS (SELECT 1 FROM article_template l WHERE l.article_id = s.article_id AND l.template_id = ?)", templateId);
        }
        return where;
    }

    /** 400 naming every unknown filter value; the status to search (published unless named). */
    private String validate(Query q) {
        List<Problem.FieldError> errors = new ArrayList<>();
        String status = q.status() == null || q.status().isBlank() ? Workflow.PUBLISHED : q.status().strip();
        if (!Workflow.ALL.contains(status)) {
            errors.add(new Problem.FieldError("status", "must be one of " + Workflow.ALL));
        }
        if (q.platform() != null && reference.platform(q.platform()).isEmpty()) {
            errors.add(new Problem.FieldError("platform", "unknown platform; see GET /api/v1/platforms"));
        }
        if (q.category() != null && reference.category(q.category()).isEmpty()) {
            errors.add(new Problem.FieldError("category", "unknown category; see GET /api/v1/categories"));
        }
        if (q.ward() != null && wards.find(q.ward()).isEmpty()) {
            errors.add(new Problem.FieldError("ward", "unknown ward; see GET /api/v1/wards"));
        }
        if (q.template() != null) {
            try {
                UUID.fromString(q.template().strip());
            } catch (IllegalArgumentException e) {
                errors.add(new Problem.FieldError("template", "must be a template id (UUID)"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput("Invalid search parameters.", errors);
        }
        return status;
    }
}
