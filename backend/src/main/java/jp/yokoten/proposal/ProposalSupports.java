package jp.yokoten.proposal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import jp.yokoten.common.config.Clocks;
import jp.yokoten.common.error.Conflict;
import jp.yokoten.common.error.Forbidden;
import jp.yokoten.common.error.NotFound;
import jp.yokoten.common.security.CurrentUser;

/**
 * 「うちの区でも欲しい」: one support per person. Each change takes the proposal's row lock first, so supports of one
 * proposal take turns and the two counts move by exactly one; a repeated PUT finds its row and changes nothing.
 * The updates are plain SQL and leave the proposal's version alone, so supports never make an author's edit stale.
 */
@ApplicationScoped
public class ProposalSupports {
    @Inject
    CurrentUser user;

    @Inject
    EntityManager em;

    @Transactional
    public SupportState support(UUID id) {
        String ward = user.ward().orElseThrow(() -> new Forbidden("Supports are counted per ward; your account belongs to no ward."));
        Object[] p = lock(id);
        if (ProposalStatus.closed((String) p[0])) {
            throw new Conflict("The proposal is " + p[0] + "; closed proposals take no new supports.");
        }
        int added = em.createNativeQuery("""
                INSERT INTO proposal_support (proposal_id, user_subject, user_ward, created_at) VALUES (?1, ?2, ?3, ?4)
                ON CONFLICT (proposal_id, user_subject) DO NOTHING""")
                .setParameter(1, id).setParameter(2, user.subject()).setParameter(3, ward).setParameter(4, Clocks.now()).executeUpdate();
        if (added == 1) {
            Number wardSupporters = (Number) em.createNativeQuery("""
                    INSERT INTO proposal_ward (proposal_id, ward, supporters) VALUES (?1, ?2, 1)
                    ON CONFLICT (proposal_id, ward) DO UPDATE SET supporters = proposal_ward.supporters + 1
                    RETURNING supporters""").setParameter(1, id).setParameter(2, ward).getSingleResult();
            move(id, 1, wardSupporters.intValue() == 1 ? 1 : 0);
        }
        return state(id);
    }

    @Transactional
    public SupportState withdraw(UUID id) {
        Object[] p = lock(id);
        if (user.subject().equals(p[1])) {
            throw new Conflict("The author's own support is part of the proposal and cannot be taken back.");
        }
        @SuppressWarnings("unchecked")
        List<String> removed = em.createNativeQuery(
                "DELETE FROM proposal_support WHERE proposal_id = ?1 AND user_subject = ?2 RETURNING user_ward", String.class)
                .setParameter(1, id).setParameter(2, user.subject()).getResultList();
        if (removed.isEmpty()) {
            throw new NotFound("You do not support this proposal.");
        }
        Number wardSupporters = (Number) em.createNativeQuery("""
                UPDATE proposal_ward SET supporters = supporters - 1 WHERE proposal_id = ?1 AND ward = ?2
                RETURNING supporters""").setParameter(1, id).setParameter(2, removed.get(0)).getSingleResult();
        move(id, -1, wardSupporters.intValue() == 0 ? -1 : 0);
        return state(id);
    }

    /** Status and author of the proposal, holding its row lock until the transaction ends; 404 if there is none. */
    private Object[] lock(UUID id) {
        List<?> rows = em.createNativeQuery("SELECT status, author_subject FROM proposal WHERE id = ?1 FOR UPDATE")
                .setParameter(1, id).getResultList();
        if (rows.isEmpty()) {
            throw new NotFound("There is no proposal " + id + ".");
        }
        return (Object[]) rows.get(0);
    }

    private void move(UUID id, int supporters, int wards) {
        em.createNativeQuery("UPDATE proposal SET supporters = supporters + ?1, supporting_wards = supporting_wards + ?2 WHERE id = ?3")
                .setParameter(1, supporters).setParameter(2, wards).setParameter(3, id).executeUpdate();
    }

    private SupportState state(UUID id) {
        Object[] r = (Object[]) em.createNativeQuery("""
                SELECT supporters, supporting_wards,
                       EXISTS (SELECT 1 FROM proposal_support s WHERE s.proposal_id = p.id AND s.user_subject = ?2)
                FROM proposal p WHERE p.id = ?1""").setParameter(1, id).setParameter(2, user.subject()).getSingleResult();
        return new SupportState(((Number) r[0]).intValue(), ((Number) r[1]).intValue(), (Boolean) r[2]);
    }
}
