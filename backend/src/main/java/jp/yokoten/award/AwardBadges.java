package jp.yokoten.award;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;

/** The published prizes of a template or story, for its detail page (served by the partial index award_entry_prized). */
@ApplicationScoped
public class AwardBadges {
    @Inject
    EntityManager em;

    @SuppressWarnings("unchecked")
    public List<PrizeBadge> forSubject(UUID subjectId) {
        List<Object[]> rows = em.createNativeQuery("""
                SELECT r.id, r.fiscal_year, e.prize FROM award_entry e JOIN award_round r ON r.id = e.round_id
                WHERE e.subject_id = ?1 AND e.prize IS NOT NULL AND r.phase = 'published'
                ORDER BY r.fiscal_year DESC, e.prize""").setParameter(1, subjectId).getResultList();
        return rows.stream().map(row -> PrizeBadge.of((UUID) row[0], ((Number) row[1]).intValue(), (String) row[2])).toList();
    }
}
