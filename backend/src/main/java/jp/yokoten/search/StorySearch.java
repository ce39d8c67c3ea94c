package jp.yokoten.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import jp.yokoten.common.error.InvalidInput;
import jp.yokoten.common.error.Problem;
import jp.yokoten.common.paging.Page;
import jp.yokoten.common.paging.PageRequest;
import jp.yokoten.common.security.CurrentUser;
import jp.yokoten.common.sql.ReadRouter;
import jp.yokoten.review.Workflow;
import jp.yokoten.ward.WardService;

/**
 * The story index ({@code story_search}) and its search: same tokeniser and normalisation as template search,
 * every word must match, newest first; page rows are read as projections together with the total, in one
 * statement. Visibility is part of the statement, so hidden stories never reach items or counts.
 */
@ApplicationScoped
public class StorySearch {
    @Inject
    EntityManager em;

    @Inject
    ReadRouter reads; // reads that may lag: the replica when one is configured (common/sql/ReadRouter)

    @Inject
    CurrentUser user;

    @Inject
    WardService wards;

    /** Keeps the story's index row in step, inside the writer's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void upsert(UUID id, String status, String ownerWard, OffsetDateTime publishedAt, String text) {
        em.flush();
        em.createNativeQuery("""
                INSERT INTO story_search (story_id, status, owner_ward, published_at, tokens)
                VALUES (?1, ?2, ?3, ?4, yokoten_token_hashes(?5))
                ON CONFLICT (story_id) DO UPDATE SET status = excluded.status, published_at = excluded.published_at,
                    tokens = excluded.tokens""")
                .setParameter(1, id).setParameter(2, status).setParameter(3, ownerWard).setParameter(4, publishedAt)
                .setParameter(5, text).executeUpdate();
    }

    /** Stories the caller may see, newest first; optional words, ward, linked template and status. */
    public Page<StorySummary> search(String q, String ward, String template, String status, PageRequest paging) {
        List<Problem.FieldError> errors = new ArrayList<>();
        String st = status == null || status.isBlank() ? Workflow.PUBLISHED : status.strip();
        if (!Workflow.ALL.contains(st)) {
            errors.add(new Problem.FieldError("status", "must be one of " + Workflow.ALL));
        }
        if (ward != null && wards.find(ward).isEmpty()) {
            errors.add(new Problem.FieldError("ward", "unknown ward; see GET /api/v1/wards"));
        }
        UUID templateId = null;
        if (template != null) {
            try {
                templateId = UUID.fromString(template.strip());
            } catch (IllegalArgumentException e) {
                errors.add(new Problem.FieldError("template", "must be a template id (UUID)"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput("Invalid search parameters.", errors);
        }
        try (Connection c = reads.connection()) {
            Sql where = new Sql(" WHERE s.status = ?", st);
            if (!Workflow.PUBLISHED.equals(st) && !user.overseer()) {
                where.append(" AND s.owner_ward = ?", user.hasRole(CurrentUser.PUBLISHER) ? user.ward().orElse("") : "");
            }
            Integer[] hashes = SearchService.hashes(Tokeniser.query(q));
            if (hashes.length > 0) {
                where.append(" AND s.tokens @> ?", c.createArrayOf("int4", hashes));
            }
            if (ward != null) {
                where.append(" AND s.owner_ward = ?", ward);
            }
            if (templateId != null) {
                where.append(" AND EXISTS (SELECT 1 FROM story_template l WHERE l.story_id = s.story_id AND l.template_id = ?)", templateId);
            }
            Sql sql = new Sql("SELECT c.total, p.id, p.status, p.owner_ward, p.title, p.title_en, p.hours_saved_per_year, p.cost_saved_yen,"
                    + " p.development_days, p.residents_reached, p.published_at FROM (SELECT count(*) AS total FROM story_search s")
                    .append(where).append(") c LEFT JOIN LATERAL (SELECT x.*, s.ord FROM (SELECT s.story_id, row_number() OVER "
                            + "(ORDER BY s.published_at DESC NULLS LAST, s.story_id) AS ord FROM story_search s").append(where)
                    .append(" ORDER BY s.published_at DESC NULLS LAST, s.story_id LIMIT ? OFFSET ?) s JOIN story x ON x.id = s.story_id) p ON true"
                            + " ORDER BY p.ord", paging.size(), paging.offset());
            long total = 0;
            List<StorySummary> items = new ArrayList<>();
            try (PreparedStatement ps = sql.prepare(c); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    total = rs.getLong(1);
                    if (rs.getObject(2) != null) {
                        items.add(new StorySummary(rs.getObject(2, UUID.class), rs.getString(3), rs.getString(4), rs.getString(5),
                                rs.getString(6), rs.getBigDecimal(7), (Long) rs.getObject(8), (Integer) rs.getObject(9),
                                (Integer) rs.getObject(10), rs.getObject(11, OffsetDateTime.class)));
                    }
                }
            }
            return new Page<>(items, paging.page(), paging.size(), total);
        } catch (SQLException e) {
            throw new IllegalStateException("Story search failed", e);
        }
    }
}
