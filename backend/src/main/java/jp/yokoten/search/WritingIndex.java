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
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import jp.yokoten.common.error.Problem;
import jp.yokoten.common.paging.Page;
import jp.yokoten.common.paging.PageRequest;
import jp.yokoten.common.security.CurrentUser;
import jp.yokoten.common.sql.ReadRouter;
import jp.yokoten.publication.Visibility;
import jp.yokoten.review.Workflow;
import jp.yokoten.ward.WardService;
import org.hibernate.Session;

/**
 * What the indexes of writings ({@code story_search}, {@code article_search}) share: a row per item keyed
 * {@code <type>_id} with status, owner ward, publication time and token hashes; the filters every writing search
 * takes (words, status, ward, linked template) with visibility; and the newest-first page read together with its
 * total in one statement. {@link StorySearch} and {@link ArticleSearch} add their own columns and filters.
 */
@ApplicationScoped
public class WritingIndex {
    @Inject
    EntityManager em;

    @Inject
    ReadRouter reads; // reads that may lag: the replica when one is configured (common/sql/ReadRouter)

    @Inject
    CurrentUser user;

    @Inject
    WardService wards;

    /** Reads a result row after {@code c.total}: the item at column 2, its first columns as {@link #page} selects them. */
    @FunctionalInterface
    interface Row<T> {
        T read(ResultSet rs) throws SQLException;
    }

    /** A read on the read connection. */
    @FunctionalInterface
    interface Read<T> {
        T run(Connection c) throws SQLException;
    }

    /** Writes the item's index row inside the writer's transaction, after the item's own row (which it refers to). */
    @Transactional(Transactional.TxType.MANDATORY)
    void upsert(Sql statement) {
        em.flush();
        em.unwrap(Session.class).doWork(c -> {
            try (PreparedStatement ps = statement.prepare(c)) {
                ps.executeUpdate();
            }
        });
    }

    <T> T read(String kind, Read<T> read) {
        try (Connection c = reads.connection()) {
            return read.run(c);
        } catch (SQLException e) {
            throw new IllegalStateException(kind + " search failed", e);
        }
    }

    /** The status to search, published unless named; an unknown one is an error. */
    String status(String status, List<Problem.FieldError> errors) {
        String st = status == null || status.isBlank() ? Workflow.PUBLISHED : status.strip();
        if (!Workflow.ALL.contains(st)) {
            errors.add(new Problem.FieldError("status", "must be one of " + Workflow.ALL));
        }
        return st;
    }

    void ward(String ward, List<Problem.FieldError> errors) {
        if (ward != null && wards.find(ward).isEmpty()) {
            errors.add(new Problem.FieldError("ward", "unknown ward; see GET /api/v1/wards"));
        }
    }

    /** The linked template to filter by, null when none is named or the id is not a UUID (an error then). */
    UUID template(String template, List<Problem.FieldError> errors) {
        if (template == null) {
            return null;
        }
        try {
            return UUID.fromString(template.strip());
        } catch (IllegalArgumentException e) {
            errors.add(new Problem.FieldError("template", "must be a template id (UUID)"));
            return null;
        }
    }

    /** The query's token hashes as a statement parameter; null when it has no words. */
    Array tokens(Connection c, String q) throws SQLException {
        Integer[] hashes = SearchService.hashes(Tokeniser.query(q));
        return hashes.length == 0 ? null : c.createArrayOf("int4", hashes);
    }

    /** The filters every writing search takes, over index rows aliased {@code s}; visibility included. */
    Sql where(String type, String status, Array tokens, String ward, UUID template) {
        Sql where = new Sql(" WHERE s.status = ?", status);
        Visibility.wardLimit(user, status).ifPresent(w -> where.append(" AND s.owner_ward = ?", w));
        if (tokens != null) {
            where.append(" AND s.tokens @> ?", tokens);
        }
        if (ward != null) {
            where.append(" AND s.owner_ward = ?", ward);
        }
        if (template != null) {
            where.append(" AND EXISTS (SELECT 1 FROM " + type + "_template l WHERE l.template_id = ? AND l." + type
                    + "_id = s." + type + "_id)", template);
        }
        return where;
    }

    /**
     * One page newest first and the total, in one statement: {@code p.id, p.status, p.owner_ward, p.title,
     * p.title_en}, then {@code columns} of the kind's table, then {@code p.published_at}. {@code type} comes from code.
     */
    <T> Page<T> page(Connection c, String type, String columns, Sql where, PageRequest paging, Row<T> row) throws SQLException {
        String id = "s." + type + "_id";
        Sql sql = new Sql("SELECT c.total, p.id, p.status, p.owner_ward, p.title, p.title_en, " + columns
                + ", p.published_at FROM (SELECT count(*) AS total FROM " + type + "_search s").append(where)
                .append(") c LEFT JOIN LATERAL (SELECT x.*, s.ord FROM (SELECT " + id + ", row_number() OVER "
                        + "(ORDER BY s.published_at DESC NULLS LAST, " + id + ") AS ord FROM " + type + "_search s").append(where)
                .append(" ORDER BY s.published_at DESC NULLS LAST, " + id + " LIMIT ? OFFSET ?) s JOIN " + type + " x ON x.id = "
                        + id + ") p ON true ORDER BY p.ord", paging.size(), paging.offset());
        long total = 0;
        List<T> items = new ArrayList<>();
        try (PreparedStatement ps = sql.prepare(c); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                total = rs.getLong(1);
                if (rs.getObject(2) != null) {
                    items.add(row.read(rs));
                }
            }
        }
        return new Page<>(items, paging.page(), paging.size(), total);
    }
}
