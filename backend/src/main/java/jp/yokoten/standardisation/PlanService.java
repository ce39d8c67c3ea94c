package jp.yokoten.standardisation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jp.yokoten.adoption.AdoptionService;
import jp.yokoten.audit.AuditService;
import jp.yokoten.common.config.Clocks;
import jp.yokoten.common.error.Forbidden;
import jp.yokoten.common.error.InvalidInput;
import jp.yokoten.common.error.NotFound;
import jp.yokoten.common.security.CurrentUser;
import jp.yokoten.process.ProcessService;
import jp.yokoten.ward.WardService;

/** Writes of the board: a ward's declared plans, and adoptions recorded from hearing surveys. */
@ApplicationScoped
public class PlanService {
    @Inject
    CurrentUser user;

    @Inject
    WardService wards;

    @Inject
    ProcessService processes;

    @Inject
    AdoptionService adoptions;

    @Inject
    AuditService audit;

    @Inject
    EntityManager em;

    public record Declared(PlanView plan, boolean created) {}

    /** Publishers of the ward itself declare its plan; a second PUT replaces the first. */
    @Transactional
    public Declared declare(String ward, UUID processId, PlanRequest request) {
        ownWard(ward, processId);
        LocalDate today = Clocks.today();
        if (request.targetOn().isBefore(today)) {
            throw new InvalidInput("targetOn", "a plan's target date must not be in the past (today in Japan is " + today + ")");
        }
        String note = request.note() == null || request.note().isBlank() ? null : request.note().strip();
        Map<String, Object> before = current(ward, processId);
        OffsetDateTime now = Clocks.now();
        em.createNativeQuery("""
                INSERT INTO ward_plan (ward, process_id, target_on, note, declared_by, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)
                ON CONFLICT (ward, process_id) DO UPDATE SET target_on = EXCLUDED.target_on, note = EXCLUDED.note,
                    declared_by = EXCLUDED.declared_by, updated_at = EXCLUDED.updated_at""")
                .setParameter(1, ward).setParameter(2, processId).setParameter(3, request.targetOn()).setParameter(4, note)
                .setParameter(5, user.subject()).setParameter(6, now).executeUpdate();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("ward", ward);
        after.put("targetOn", request.targetOn().toString());
        after.put("note", note);
        audit.record(before == null ? "plan.declared" : "plan.updated", "process", processId, before, after);
        return new Declared(new PlanView(ward, processId, request.targetOn(), note, user.subject(), now), before == null);
    }

    @Transactional
    public void withdraw(String ward, UUID processId) {
        ownWard(ward, processId);
        Map<String, Object> before = current(ward, processId);
        if (before == null) {
            throw new NotFound("Ward " + ward + " has declared no plan for process " + processId + ".");
        }
        em.createNativeQuery("DELETE FROM ward_plan WHERE ward = ?1 AND process_id = ?2").setParameter(1, ward).setParameter(2, processId)
                .executeUpdate();
        audit.record("plan.withdrawn", "process", processId, before, null);
    }

    /** A reviewer or admin records what a hearing survey found; the ward must exist. */
    @Transactional
    public AdoptionService.Recorded hearing(UUID templateId, String ward, HearingAdoptionRequest request) {
        if (wards.find(ward).isEmpty()) {
            throw new NotFound("There is no ward " + ward + ".");
        }
        return adoptions.record(templateId, ward, request.adoption(), AdoptionService.SOURCE_HEARING);
    }

    private void ownWard(String ward, UUID processId) {
        if (wards.find(ward).isEmpty()) {
            throw new NotFound("There is no ward " + ward + ".");
        }
        if (!user.publishesFor(ward)) {
            throw new Forbidden("Only publishers of " + ward + " declare its plans.");
        }
        if (processes.find(processId).isEmpty()) {
            throw new NotFound("There is no common process " + processId + ".");
        }
    }

    private Map<String, Object> current(String ward, UUID processId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT target_on, note FROM ward_plan WHERE ward = ?1 AND process_id = ?2")
                .setParameter(1, ward).setParameter(2, processId).getResultList();
        if (rows.isEmpty()) {
            return null;
        }
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("ward", ward);
        s.put("targetOn", String.valueOf(rows.get(0)[0]));
        s.put("note", rows.get(0)[1]);
        return s;
    }
}
