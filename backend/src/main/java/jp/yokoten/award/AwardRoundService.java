package jp.yokoten.award;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jp.yokoten.audit.AuditService;
import jp.yokoten.common.config.Clocks;
import jp.yokoten.common.error.Conflict;
import jp.yokoten.common.error.InvalidInput;
import jp.yokoten.common.http.Conditional;
import jp.yokoten.common.paging.Page;
import jp.yokoten.common.paging.PageRequest;

/** Rounds: created and edited by admin, moved forward one phase at a time; the move to judging freezes the evidence. */
@ApplicationScoped
public class AwardRoundService {
    static final String TYPE = "award_round";

    @Inject
    AwardAccess access;

    @Inject
    AuditService audit;

    @Inject
    AwardEvidence evidence;

    @Inject
    Event<AwardPhaseChanged> phaseChanged;

    @Inject
    EntityManager em;

    @Inject
    Validator validator;

    @Inject
    ObjectMapper json;

    @Transactional
    public AwardRound create(RoundFields fields) {
        if (AwardRound.count("fiscalYear", fields.fiscalYear()) > 0) {
            throw new Conflict("FY" + fields.fiscalYear() + " already has its award round: one round per fiscal year.");
        }
        AwardRound r = new AwardRound();
        r.id = UUID.randomUUID();
        r.fiscalYear = fields.fiscalYear();
        r.phase = AwardPhase.DRAFT;
        fields.applyTo(r);
        r.createdAt = r.updatedAt = Clocks.now();
        r.persist();
        em.flush();
        audit.record("award.created", TYPE, r.id, null, snapshot(r));
        return r;
    }

    public AwardRound get(UUID id) {
        return access.round(id);
    }

    /** Edits while draft or open: once judging started, the rules the judges work under stay fixed. */
    @Transactional(rollbackOn = Exception.class)
    public AwardRound patch(UUID id, String ifMatch, JsonNode patch) throws JsonProcessingException {
        AwardRound r = access.round(id);
        ObjectNode changes = Conditional.precondition(ifMatch, etag(r), patch);
        if (AwardPhase.reached(r.phase, AwardPhase.JUDGING)) {
            throw new Conflict("The round is " + r.phase + ": it can be edited only while draft or open.");
        }
        RoundFields fields = Conditional.patched(json, validator, RoundFields.of(r), changes, RoundFields.class);
        if (fields.fiscalYear() != r.fiscalYear) {
            throw new InvalidInput("fiscalYear", "cannot change; create a round for the other year instead");
        }
        Map<String, Object> before = snapshot(r);
        fields.applyTo(r);
        r.updatedAt = Clocks.now();
        r.flush();
        audit.record("award.updated", TYPE, r.id, before, snapshot(r));
        return r;
    }

    /** The next phase only (409 otherwise), under a row lock so no entry or sheet slips in beside the move. */
    @Transactional
    public AwardRound move(UUID id, String phase) {
        AwardRound r = access.round(id);
        if (!AwardPhase.ORDER.contains(phase)) {
            throw new InvalidInput("phase", "must be one of " + AwardPhase.ORDER);
        }
        em.lock(r, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(r);
        String expected = AwardPhase.next(r.phase).orElse(null);
        if (!phase.equals(expected)) {
            throw new Conflict(expected == null ? "The round is published: phases never go back."
                    : "The round is " + r.phase + "; the only next phase is " + expected + ".");
        }
        String from = r.phase;
        if (AwardPhase.JUDGING.equals(phase)) {
            evidence.freeze(r);
        }
        r.phase = phase;
        r.updatedAt = Clocks.now();
        r.flush();
        audit.record("award.phase", TYPE, r.id, Map.of("phase", from), Map.of("phase", phase));
        @SuppressWarnings("unchecked")
        List<String> entrants = em.createNativeQuery(
                "SELECT DISTINCT entered_by FROM award_entry WHERE round_id = ?1 ORDER BY entered_by", String.class)
                .setParameter(1, r.id).getResultList();
        @SuppressWarnings("unchecked")
        List<UUID> prized = !AwardPhase.PUBLISHED.equals(phase) ? List.of() : em.createNativeQuery(
                "SELECT subject_id FROM award_entry WHERE round_id = ?1 AND prize IS NOT NULL", UUID.class)
                .setParameter(1, r.id).getResultList();
        phaseChanged.fire(new AwardPhaseChanged(r.id, r.fiscalYear, r.title, from, phase, entrants, prized));
        return r;
    }

    /** Newest year first; draft rounds only for admin. */
    @SuppressWarnings("unchecked")
    public Page<RoundView> list(PageRequest paging) {
        String where = access.admin() ? "" : " WHERE phase <> 'draft'";
        List<UUID> ids = em.createNativeQuery("SELECT id FROM award_round" + where
                + " ORDER BY fiscal_year DESC, id LIMIT ?1 OFFSET ?2", UUID.class)
                .setParameter(1, paging.size()).setParameter(2, paging.offset()).getResultList();
        long total = ((Number) em.createNativeQuery("SELECT count(*) FROM award_round" + where).getSingleResult()).longValue();
        Map<UUID, AwardRound> byId = new LinkedHashMap<>();
        if (!ids.isEmpty()) {
            AwardRound.<AwardRound>list("id in ?1", ids).forEach(r -> byId.put(r.id, r));
        }
        return new Page<>(ids.stream().filter(byId::containsKey).map(id -> view(byId.get(id))).toList(), paging.page(),
                paging.size(), total);
    }

    public RoundView view(AwardRound r) {
        return RoundView.of(r, AwardEntry.count("roundId", r.id));
    }

    public String etag(AwardRound r) {
        return "\"" + r.lockVersion + "\"";
    }

    private static Map<String, Object> snapshot(AwardRound r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("fiscalYear", r.fiscalYear);
        m.put("title", r.title);
        m.put("phase", r.phase);
        m.put("entriesCloseOn", r.entriesCloseOn.toString());
        m.put("judgingClosesOn", r.judgingClosesOn.toString());
        m.put("maxEntriesPerWard", r.maxEntriesPerWard);
        m.put("weights", List.of(r.weightWorkReduction, r.weightResidentService, r.weightOriginality));
        return m;
    }
}
