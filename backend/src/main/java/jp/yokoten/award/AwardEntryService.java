package jp.yokoten.award;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jp.yokoten.audit.AuditService;
import jp.yokoten.common.config.Clocks;
import jp.yokoten.common.error.Conflict;
import jp.yokoten.common.error.Forbidden;
import jp.yokoten.common.error.InvalidInput;
import jp.yokoten.common.paging.Page;
import jp.yokoten.common.paging.PageRequest;
import jp.yokoten.common.security.CurrentUser;

/** Entries (publishers of the entering ward, while open) and their withdrawal; the round's row lock keeps the per-ward limit. */
@ApplicationScoped
public class AwardEntryService {
    static final String TYPE = "award_entry";

    @Inject
    AwardAccess access;

    @Inject
    CurrentUser user;

    @Inject
    AuditService audit;

    @Inject
    AwardEvidence evidence;

    @Inject
    EntityManager em;

    @Transactional
    public AwardEntry enter(UUID roundId, EntryRequest request) {
        AwardRound r = access.round(roundId);
        String ward = user.ward().orElseThrow(() -> new Forbidden("Your account belongs to no ward, so it cannot enter the award."));
        em.lock(r, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(r);
        if (!AwardPhase.OPEN.equals(r.phase)) {
            throw new Conflict("The round is " + r.phase + ": entries are accepted only while it is open.");
        }
        String type = request.storyId() != null ? "story" : "template";
        UUID subject = request.storyId() != null ? request.storyId() : request.templateId();
        String field = type + "Id";
        // Plain-SQL read of the other feature's row: only its ward, status and title matter here.
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT owner_ward, status, title FROM " + type + " WHERE id = ?1")
                .setParameter(1, subject).getResultList();
        if (rows.isEmpty() || !ward.equals(rows.get(0)[0]) || !"published".equals(rows.get(0)[1])) {
            throw new InvalidInput(field, "must be a published " + type + " of your ward");
        }
        if (AwardEntry.count("roundId = ?1 and subjectType = ?2 and subjectId = ?3", r.id, type, subject) > 0) {
            throw new Conflict("This " + type + " is already entered in the round.");
        }
        if (AwardEntry.count("roundId = ?1 and ward = ?2", r.id, ward) >= r.maxEntriesPerWard) {
            throw new Conflict("Your ward has entered " + r.maxEntriesPerWard + " works, the limit of this round; withdraw one first.");
        }
        AwardEntry e = new AwardEntry();
        e.id = UUID.randomUUID();
        e.roundId = r.id;
        e.ward = ward;
        e.subjectType = type;
        e.subjectId = subject;
        e.title = (String) rows.get(0)[2];
        e.statement = request.statement().strip();
        e.enteredBy = user.subject();
        e.enteredAt = Clocks.now();
        e.persist();
        audit.record("award.entered", TYPE, e.id, null, Map.of("roundId", r.id.toString(), "ward", ward, "subjectType", type,
                "subjectId", subject.toString()));
        return e;
    }

    @Transactional
    public void withdraw(UUID roundId, UUID entryId) {
        AwardRound r = access.round(roundId);
        AwardEntry e = access.entry(r, entryId);
        if (!user.publishesFor(e.ward)) {
            throw new Forbidden("Only publishers of the entering ward may withdraw an entry.");
        }
        em.lock(r, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(r);
        if (!AwardPhase.OPEN.equals(r.phase)) {
            throw new Conflict("The round is " + r.phase + ": entries can be withdrawn only while it is open.");
        }
        e.delete();
        audit.record("award.withdrawn", TYPE, e.id, Map.of("roundId", r.id.toString(), "ward", e.ward, "subjectType", e.subjectType,
                "subjectId", e.subjectId.toString()), null);
    }

    public EntryView get(UUID roundId, UUID entryId) {
        AwardRound r = access.round(roundId);
        return view(r, access.entry(r, entryId));
    }

    /** The entries the caller may see, in entry order. */
    @SuppressWarnings("unchecked")
    public Page<EntryView> list(UUID roundId, PageRequest paging) {
        AwardRound r = access.round(roundId);
        String where = " FROM award_entry e WHERE e.round_id = :round AND " + access.listCondition(r);
        var ids = em.createNativeQuery("SELECT e.id" + where + " ORDER BY e.entered_at, e.id LIMIT :limit OFFSET :offset", UUID.class);
        var count = em.createNativeQuery("SELECT count(*)" + where);
        if (where.contains(":ward")) {
            ids.setParameter("ward", access.ward());
            count.setParameter("ward", access.ward());
        }
        List<UUID> page = ids.setParameter("round", r.id).setParameter("limit", paging.size())
                .setParameter("offset", paging.offset()).getResultList();
        long total = ((Number) count.setParameter("round", r.id).getSingleResult()).longValue();
        Map<UUID, AwardEntry> byId = new LinkedHashMap<>();
        if (!page.isEmpty()) {
            AwardEntry.<AwardEntry>list("id in ?1", page).forEach(e -> byId.put(e.id, e));
        }
        return new Page<>(page.stream().filter(byId::containsKey).map(id -> view(r, byId.get(id))).toList(), paging.page(),
                paging.size(), total);
    }

    EntryView view(AwardRound r, AwardEntry e) {
        boolean prizeShown = AwardPhase.PUBLISHED.equals(r.phase)
                || (AwardPhase.DECIDED.equals(r.phase) && (access.admin() || access.judge()));
        SheetView mine = access.judge() ? AwardSheet.of(e.id, user.subject()).map(SheetView::of).orElse(null) : null;
        return new EntryView(e.id, e.roundId, e.ward, e.subjectType, e.subjectId, e.title, e.statement, e.enteredAt,
                evidence.read(e.evidence), prizeShown ? e.prize : null, mine);
    }
}
