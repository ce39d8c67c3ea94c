package jp.yokoten.award;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jp.yokoten.audit.AuditService;
import jp.yokoten.common.config.Clocks;
import jp.yokoten.common.error.Conflict;
import jp.yokoten.common.error.Forbidden;
import jp.yokoten.common.security.CurrentUser;

/** Score sheets (judges, while judging, never for their own ward's entries) and prizes (admin, in decided). */
@ApplicationScoped
public class AwardJudgingService {
    @Inject
    AwardAccess access;

    @Inject
    CurrentUser user;

    @Inject
    AuditService audit;

    @Inject
    EntityManager em;

    @Transactional
    public AwardSheet score(UUID roundId, UUID entryId, ScoreRequest request) {
        AwardRound r = access.round(roundId);
        AwardEntry e = access.entry(r, entryId);
        if (access.conflicted(e.ward)) {
            throw new Forbidden("You belong to the entering ward: conflict of interest, you may not score this entry.");
        }
        em.lock(r, LockModeType.PESSIMISTIC_READ); // a sheet never lands beside the move to decided
        em.refresh(r);
        if (!AwardPhase.JUDGING.equals(r.phase)) {
            throw new Conflict("The round is " + r.phase + ": sheets are accepted only while it is judging.");
        }
        AwardSheet s = AwardSheet.of(e.id, user.subject()).orElse(null);
        Map<String, Object> before = s == null ? null : scores(s);
        if (s == null) {
            s = new AwardSheet();
            s.id = UUID.randomUUID();
            s.entryId = e.id;
            s.judge = user.subject();
        }
        s.judgeName = user.displayName();
        s.workReduction = request.workReduction().shortValue();
        s.residentService = request.residentService().shortValue();
        s.originality = request.originality().shortValue();
        s.comment = request.comment() == null || request.comment().isBlank() ? null : request.comment().strip();
        s.updatedAt = Clocks.now();
        s.persist();
        audit.record("award.scored", AwardEntryService.TYPE, e.id, before, scores(s));
        return s;
    }

    /**
     * Every judge's sheet for an entry: admin from judging on; judges only from decided (blind before), and never
     * those of an entry of their own ward.
     */
    public List<SheetView> sheets(UUID roundId, UUID entryId) {
        AwardRound r = access.round(roundId);
        AwardEntry e = access.entry(r, entryId);
        boolean allowed = access.admin() ? AwardPhase.reached(r.phase, AwardPhase.JUDGING)
                : access.judge() && !access.conflicted(e.ward) && AwardPhase.reached(r.phase, AwardPhase.DECIDED);
        if (!allowed) {
            throw new Forbidden("Judges see each other's sheets only from decided; others never.");
        }
        return AwardSheet.<AwardSheet>list("entryId = ?1 order by judgeName, judge", e.id).stream().map(SheetView::of).toList();
    }

    @Transactional
    public AwardEntry prize(UUID roundId, UUID entryId, String prize) {
        AwardRound r = access.round(roundId);
        AwardEntry e = access.entry(r, entryId);
        em.lock(r, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(r);
        if (!AwardPhase.DECIDED.equals(r.phase)) {
            throw new Conflict("The round is " + r.phase + ": prizes are set only while it is decided.");
        }
        if ("grand".equals(prize) && AwardEntry.count("roundId = ?1 and prize = 'grand' and id <> ?2", r.id, e.id) > 0) {
            throw new Conflict("Another entry already has the grand prize (大賞); clear it first.");
        }
        Map<String, Object> before = new HashMap<>();
        before.put("prize", e.prize);
        Map<String, Object> after = new HashMap<>();
        after.put("prize", prize);
        e.prize = prize;
        audit.record("award.prize", AwardEntryService.TYPE, e.id, before, after);
        return e;
    }

    private static Map<String, Object> scores(AwardSheet s) {
        return Map.of("judge", s.judge, "workReduction", (int) s.workReduction, "residentService", (int) s.residentService,
                "originality", (int) s.originality);
    }
}
