package jp.yokoten.proposal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Proposal figures for the statistics (SPEC §9), for a fiscal year given as its JST bounds [from, to):
 * proposals created in the year, how many of them are solved by a template today, and per ward the proposals
 * posted and the other wards' proposals its staff supported during the year.
 */
@ApplicationScoped
public class ProposalFigures {
    @Inject
    EntityManager em;

    /** Created in the year, and of those the ones now solved by a template. */
    public long[] created(OffsetDateTime from, OffsetDateTime to) {
        Object[] r = (Object[]) em.createNativeQuery("""
                SELECT count(*), count(*) FILTER (WHERE status = 'solved') FROM proposal
                WHERE created_at >= :from AND created_at < :to""").setParameter("from", from).setParameter("to", to).getSingleResult();
        return new long[] {((Number) r[0]).longValue(), ((Number) r[1]).longValue()};
    }

    /** Per ward: {proposals posted, distinct proposals of other wards supported}; wards with neither are absent. */
    @SuppressWarnings("unchecked")
    public Map<String, long[]> perWard(OffsetDateTime from, OffsetDateTime to) {
        Map<String, long[]> figures = new LinkedHashMap<>();
        ((List<Object[]>) em.createNativeQuery("""
                SELECT author_ward, count(*) FROM proposal WHERE created_at >= :from AND created_at < :to GROUP BY author_ward""")
                .setParameter("from", from).setParameter("to", to).getResultList())
                .forEach(r -> figures.computeIfAbsent((String) r[0], w -> new long[2])[0] = ((Number) r[1]).longValue());
        ((List<Object[]>) em.createNativeQuery("""
                SELECT s.user_ward, count(DISTINCT s.proposal_id) FROM proposal_support s JOIN proposal p ON p.id = s.proposal_id
                WHERE s.created_at >= :from AND s.created_at < :to AND p.author_ward <> s.user_ward GROUP BY s.user_ward""")
                .setParameter("from", from).setParameter("to", to).getResultList())
                .forEach(r -> figures.computeIfAbsent((String) r[0], w -> new long[2])[1] = ((Number) r[1]).longValue());
        return figures;
    }
}
