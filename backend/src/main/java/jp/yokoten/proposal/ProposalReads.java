package jp.yokoten.proposal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import jp.yokoten.common.paging.Page;
import jp.yokoten.common.paging.PageRequest;
import jp.yokoten.common.security.CurrentUser;

/**
 * Plain-SQL read models of proposals: the board (search, filters, sorts), the detail page, similar items while
 * typing and the template page's "solves N proposals from M wards". The author's name leaves this class only
 * through {@link #nameFor}, so anonymity is decided in one place for every list and page.
 */
@ApplicationScoped
public class ProposalReads {
    /** The query's words as hashed tokens, exactly as template and story search cut them (1–2 character words too). */
    static final String QUERY_TOKENS = "ARRAY(SELECT DISTINCT hashtext(t) FROM unnest(yokoten_words(:q)) w, unnest(yokoten_word_tokens(w)) t)";
    static final Map<String, String> SORTS = Map.of(
            "newest", "p.created_at DESC, p.id",
            "mostSupported", "p.supporters DESC, p.created_at DESC, p.id",
            "mostWards", "p.supporting_wards DESC, p.supporters DESC, p.created_at DESC, p.id");
    private static final String SUMMARY_COLUMNS = """
            p.id, p.title, p.status, p.author_ward, p.author_name, p.anonymous, p.author_subject, p.category,
            p.supporters, p.supporting_wards, p.created_at,
            EXISTS (SELECT 1 FROM proposal_support s WHERE s.proposal_id = p.id AND s.user_subject = :me)""";

    @Inject
    EntityManager em;

    @Inject
    CurrentUser user;

    /** The author's name if the caller may know it: not anonymous, or the author, their ward's publishers, operators. */
    String nameFor(String authorName, String authorSubject, String authorWard, boolean anonymous) {
        boolean insider = user.subject().equals(authorSubject) || user.publishesFor(authorWard) || user.hasRole(CurrentUser.ADMIN);
        return !anonymous || insider ? authorName : null;
    }

    /** The board: every word must match (AND) through the token index; filters are exact; validated by the caller. */
    @SuppressWarnings("unchecked")
    public Page<ProposalSummary> search(String q, String status, String ward, String category, String sort, PageRequest paging) {
        StringBuilder where = new StringBuilder(" WHERE true");
        Map<String, Object> params = new LinkedHashMap<>();
        if (q != null && !q.isBlank()) {
            where.append(" AND p.tokens @> ").append(QUERY_TOKENS);
            params.put("q", q);
        }
        if (status != null) {
            where.append(" AND p.status = :status");
            params.put("status", status);
        }
        if (ward != null) {
            where.append(" AND p.author_ward = :ward");
            params.put("ward", ward);
        }
        if (category != null) {
            where.append(" AND p.category = :category");
            params.put("category", category);
        }
        Query rows = em.createNativeQuery("SELECT " + SUMMARY_COLUMNS + " FROM proposal p" + where + " ORDER BY "
                + SORTS.get(sort) + " LIMIT :limit OFFSET :offset");
        Query count = em.createNativeQuery("SELECT count(*) FROM proposal p" + where, Long.class);
        params.forEach((k, v) -> {
            rows.setParameter(k, v);
            count.setParameter(k, v);
        });
        rows.setParameter("me", user.subject()).setParameter("limit", paging.size()).setParameter("offset", paging.offset());
        List<ProposalSummary> items = ((List<Object[]>) rows.getResultList()).stream().map(this::summary).toList();
        return new Page<>(items, paging.page(), paging.size(), ((Number) count.getSingleResult()).longValue());
    }

    /**
     * Proposals and published templates sharing the most tokens with the draft title (any word may match, unlike
     * the board). At least two shared tokens when the title has two or more, so one common bigram is not "similar".
     */
    @SuppressWarnings("unchecked")
    public SimilarItems similar(String title, int limit) {
        if (title == null || title.isBlank()) {
            return new SimilarItems(List.of(), List.of());
        }
        String tokens = "WITH q AS (SELECT " + QUERY_TOKENS + " AS t), r AS (SELECT least(2, cardinality(t)) AS need FROM q) ";
        String shared = "cardinality(ARRAY(SELECT unnest(%s.tokens) INTERSECT SELECT unnest(q.t)))";
        List<Object[]> proposals = em.createNativeQuery(tokens + "SELECT " + SUMMARY_COLUMNS + " FROM proposal p, q, r"
                        + " WHERE p.tokens && q.t AND p.status <> 'duplicate' AND " + shared.formatted("p") + " >= r.need"
                        + " ORDER BY " + shared.formatted("p") + " DESC, p.supporting_wards DESC, p.created_at DESC, p.id LIMIT :limit")
                .setParameter("q", title).setParameter("me", user.subject()).setParameter("limit", limit).getResultList();
        // Cross-feature read (noted for the merge): template_search is the search feature's table of published
        // templates with the same token hashes; there is no service method for "similar" yet.
        List<Object[]> templates = em.createNativeQuery(tokens + "SELECT t.id, t.title, t.owner_ward FROM template_search s"
                        + " JOIN template t ON t.id = s.template_id, q, r"
                        + " WHERE s.tokens && q.t AND s.status = 'published' AND " + shared.formatted("s") + " >= r.need"
                        + " ORDER BY " + shared.formatted("s") + " DESC, s.adoption_count DESC, t.id LIMIT :limit")
                .setParameter("q", title).setParameter("limit", limit).getResultList();
        return new SimilarItems(proposals.stream().map(this::summary).toList(), templates.stream()
                .map(r -> new SimilarItems.SimilarTemplate((UUID) r[0], (String) r[1], (String) r[2])).toList());
    }

    /** The detail page's view of a proposal; writers flush their changes before asking for it. */
    @SuppressWarnings("unchecked")
    public ProposalDetail detail(Proposal p, boolean editable, boolean answerable) {
        Object[] counts = (Object[]) em.createNativeQuery("""
                SELECT supporters, supporting_wards,
                       EXISTS (SELECT 1 FROM proposal_support s WHERE s.proposal_id = p.id AND s.user_subject = :me)
                FROM proposal p WHERE p.id = :id""").setParameter("id", p.id).setParameter("me", user.subject()).getSingleResult();
        List<String> wards = em.createNativeQuery("""
                SELECT w.ward FROM proposal_ward w JOIN ward r ON r.slug = w.ward
                WHERE w.proposal_id = :id AND w.supporters > 0 ORDER BY r.code""", String.class).setParameter("id", p.id).getResultList();
        ProposalDetail.LinkedTemplate template = null;
        if (p.templateId != null) {
            Object[] t = (Object[]) em.createNativeQuery("SELECT id, title, owner_ward FROM template WHERE id = :id")
                    .setParameter("id", p.templateId).getSingleResult();
            template = new ProposalDetail.LinkedTemplate((UUID) t[0], (String) t[1], (String) t[2]);
        }
        List<ProposalDetail.StatusChange> history = ((List<Object[]>) em.createNativeQuery("""
                SELECT from_status, to_status, answer, template_id, duplicate_of, by_name, by_ward, at
                FROM proposal_status_change WHERE proposal_id = :id ORDER BY at, id""").setParameter("id", p.id).getResultList())
                .stream().map(r -> new ProposalDetail.StatusChange((String) r[0], (String) r[1], (String) r[2], (UUID) r[3],
                        (UUID) r[4], (String) r[5], (String) r[6], time(r[7]))).toList();
        return new ProposalDetail(p.id, p.title, p.problem, p.idea, p.expectedHoursSavedPerYear, p.category, p.processId,
                p.anonymous, p.authorWard, nameFor(p.authorName, p.authorSubject, p.authorWard, p.anonymous),
                p.authorSubject.equals(user.subject()), p.status, p.answer, template, p.duplicateOf, ((Number) counts[0]).intValue(),
                ((Number) counts[1]).intValue(), wards, (Boolean) counts[2], editable, answerable, p.createdAt, p.updatedAt, history);
    }

    /** Solved proposals naming the template, and the distinct wards that proposed or supported them. */
    public SolvedProposals solvedBy(UUID templateId) {
        Object[] r = (Object[]) em.createNativeQuery("""
                SELECT count(DISTINCT p.id), count(DISTINCT w.ward)
                FROM proposal p LEFT JOIN proposal_ward w ON w.proposal_id = p.id AND w.supporters > 0
                WHERE p.template_id = :id AND p.status = 'solved'""").setParameter("id", templateId).getSingleResult();
        return new SolvedProposals(((Number) r[0]).longValue(), ((Number) r[1]).longValue());
    }

    /** Who a status change is told to: every supporter except the author (who is named apart). */
    @SuppressWarnings("unchecked")
    List<String> supporterSubjects(UUID proposalId, String authorSubject) {
        return em.createNativeQuery("""
                SELECT user_subject FROM proposal_support WHERE proposal_id = :id AND user_subject <> :author
                ORDER BY created_at, user_subject""", String.class)
                .setParameter("id", proposalId).setParameter("author", authorSubject).getResultList();
    }

    boolean exists(String table, String column, Object value) {
        return !em.createNativeQuery("SELECT 1 FROM " + table + " WHERE " + column + " = :v").setParameter("v", value)
                .setMaxResults(1).getResultList().isEmpty();
    }

    Optional<String> templateStatus(UUID templateId) {
        List<?> r = em.createNativeQuery("SELECT status FROM template WHERE id = :id").setParameter("id", templateId).getResultList();
        return r.isEmpty() ? Optional.empty() : Optional.of((String) r.get(0));
    }

    private ProposalSummary summary(Object[] r) {
        String subject = (String) r[6];
        boolean anonymous = (Boolean) r[5];
        return new ProposalSummary((UUID) r[0], (String) r[1], (String) r[2], (String) r[3],
                nameFor((String) r[4], subject, (String) r[3], anonymous), anonymous, (String) r[7], ((Number) r[8]).intValue(),
                ((Number) r[9]).intValue(), (Boolean) r[11], subject.equals(user.subject()), time(r[10]));
    }

    static OffsetDateTime time(Object value) {
        if (value instanceof OffsetDateTime o) {
            return o;
        }
        if (value instanceof Instant i) {
            return i.atOffset(ZoneOffset.UTC);
        }
        return ((java.sql.Timestamp) value).toInstant().atOffset(ZoneOffset.UTC);
    }
}
