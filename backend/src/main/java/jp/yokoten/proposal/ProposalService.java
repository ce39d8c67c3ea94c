package jp.yokoten.proposal;

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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jp.yokoten.audit.AuditService;
import jp.yokoten.common.config.Clocks;
import jp.yokoten.common.error.Conflict;
import jp.yokoten.common.error.Forbidden;
import jp.yokoten.common.error.InvalidInput;
import jp.yokoten.common.error.NotFound;
import jp.yokoten.common.error.Problem;
import jp.yokoten.common.http.Conditional;
import jp.yokoten.common.security.CurrentUser;

/**
 * Proposals' life: any staff member of a ward posts one (with the author's own support), the author edits it while
 * it is open, and a publisher of the author's ward or an operator moves it along {@link ProposalStatus}.
 */
@ApplicationScoped
public class ProposalService {
    static final String TYPE = "proposal";

    @Inject
    CurrentUser user;

    @Inject
    AuditService audit;

    @Inject
    ProposalReads reads;

    @Inject
    EntityManager em;

    @Inject
    Validator validator;

    @Inject
    ObjectMapper json;

    @Inject
    Event<ProposalStatusChanged> statusChanged;

    @Transactional
    public ProposalDetail create(ProposalFields fields) {
        String ward = user.ward().orElseThrow(() -> new Forbidden("Your account belongs to no ward, so it cannot post proposals."));
        checkReferences(fields);
        Proposal p = new Proposal();
        p.id = UUID.randomUUID();
        fields.applyTo(p);
        p.authorSubject = user.subject();
        p.authorName = user.displayName();
        p.authorWard = ward;
        p.status = ProposalStatus.OPEN;
        p.createdAt = p.updatedAt = Clocks.now();
        p.persist();
        em.flush();
        reindex(p);
        // The author's support is implicit but stored like any other, so supportingWards counts their ward.
        em.createNativeQuery("INSERT INTO proposal_support (proposal_id, user_subject, user_ward, created_at) VALUES (?1, ?2, ?3, ?4)")
                .setParameter(1, p.id).setParameter(2, p.authorSubject).setParameter(3, ward).setParameter(4, p.createdAt).executeUpdate();
        em.createNativeQuery("INSERT INTO proposal_ward (proposal_id, ward, supporters) VALUES (?1, ?2, 1)")
                .setParameter(1, p.id).setParameter(2, ward).executeUpdate();
        audit.record("proposal.created", TYPE, p.id, null, Map.of("status", p.status, "title", p.title, "ward", ward,
                "anonymous", p.anonymous));
        return detail(p);
    }

    public ProposalDetail get(UUID id) {
        return detail(find(id, false));
    }

    @Transactional(rollbackOn = Exception.class)
    public ProposalDetail patch(UUID id, String ifMatch, JsonNode patch) throws JsonProcessingException {
        Proposal p = find(id, true);
        if (!p.authorSubject.equals(user.subject())) {
            throw new Forbidden("Only the author may edit a proposal.");
        }
        if (!ProposalStatus.OPEN.equals(p.status)) {
            throw new Conflict("The proposal is " + p.status + "; only open proposals can be edited.");
        }
        ObjectNode changes = Conditional.precondition(ifMatch, etag(p), patch);
        ProposalFields current = ProposalFields.of(p);
        ProposalFields fields = Conditional.patched(json, validator, current, changes, ProposalFields.class);
        checkReferences(fields);
        Map<String, Object> before = new LinkedHashMap<>(Map.of("title", current.title(), "anonymous", p.anonymous));
        fields.applyTo(p);
        p.updatedAt = Clocks.now();
        em.flush();
        reindex(p);
        audit.record("proposal.updated", TYPE, p.id, before, Map.of("title", p.title, "anonymous", p.anonymous));
        return detail(p);
    }

    /** SPEC §9 status rules; every refusal leaves the proposal as it was. */
    @Transactional
    public ProposalDetail changeStatus(UUID id, ProposalStatusRequest request) {
        Proposal p = find(id, true);
        if (!answerable(p)) {
            throw new Forbidden("Only publishers of the author's ward and portal operators may answer this proposal.");
        }
        String next = request.status().strip();
        if (!ProposalStatus.ALL.contains(next)) {
            throw new InvalidInput("status", "must be one of " + ProposalStatus.ALL);
        }
        if (ProposalStatus.closed(p.status)) {
            throw new Conflict("The proposal is " + p.status + "; a closed proposal keeps its status.");
        }
        if (!ProposalStatus.forward(p.status, next)) {
            throw new Conflict("A proposal goes forward only: " + p.status + " cannot become " + next + ".");
        }
        checkStatusFields(p, next, request);
        String from = p.status;
        String answer = request.answer() == null || request.answer().isBlank() ? null : request.answer().strip();
        p.status = next;
        p.answer = answer != null ? answer : p.answer;
        p.templateId = ProposalStatus.SOLVED.equals(next) ? request.templateId() : null;
        p.duplicateOf = ProposalStatus.DUPLICATE.equals(next) ? request.duplicateOf() : null;
        p.updatedAt = Clocks.now();
        em.flush();
        em.createNativeQuery("""
                INSERT INTO proposal_status_change (id, proposal_id, from_status, to_status, answer, template_id, duplicate_of,
                    by_subject, by_name, by_ward, at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)""")
                .setParameter(1, UUID.randomUUID()).setParameter(2, p.id).setParameter(3, from).setParameter(4, next)
                .setParameter(5, answer).setParameter(6, p.templateId).setParameter(7, p.duplicateOf).setParameter(8, user.subject())
                .setParameter(9, user.displayName()).setParameter(10, user.ward().orElse(null)).setParameter(11, p.updatedAt)
                .executeUpdate();
        Map<String, Object> after = new LinkedHashMap<>(Map.of("status", next));
        if (p.templateId != null) {
            after.put("templateId", p.templateId.toString());
        }
        if (p.duplicateOf != null) {
            after.put("duplicateOf", p.duplicateOf.toString());
        }
        audit.record("proposal.status", TYPE, p.id, Map.of("status", from), after);
        statusChanged.fire(new ProposalStatusChanged(p.id, p.title, from, next, answer, p.templateId, p.duplicateOf,
                p.authorSubject, reads.supporterSubjects(p.id, p.authorSubject)));
        return detail(p);
    }

    /** The current ETag, read after the change committed (the resource adds it to the answer). */
    public String etag(UUID id) {
        Object v = em.createNativeQuery("SELECT lock_version FROM proposal WHERE id = :id").setParameter("id", id).getSingleResult();
        return "\"" + v + "\"";
    }

    String etag(Proposal p) {
        return "\"" + p.lockVersion + "\"";
    }

    private void checkStatusFields(Proposal p, String next, ProposalStatusRequest request) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (ProposalStatus.needsAnswer(next) && (request.answer() == null || request.answer().isBlank())) {
            errors.add(new Problem.FieldError("answer", "is required when the status becomes " + next));
        }
        if (ProposalStatus.SOLVED.equals(next)) {
            // An unpublished template is refused like an unknown one: the answer must not reveal that it exists.
            if (request.templateId() == null) {
                errors.add(new Problem.FieldError("templateId", "is required for solved: the published template that solves it"));
            } else if (!reads.templateStatus(request.templateId()).map("published"::equals).orElse(false)) {
                errors.add(new Problem.FieldError("templateId", "no published template with this id"));
            }
        } else if (request.templateId() != null) {
            errors.add(new Problem.FieldError("templateId", "is only given with status solved"));
        }
        if (ProposalStatus.DUPLICATE.equals(next)) {
            if (request.duplicateOf() == null) {
                errors.add(new Problem.FieldError("duplicateOf", "is required for duplicate: the proposal that is kept"));
            } else if (request.duplicateOf().equals(p.id)) {
                errors.add(new Problem.FieldError("duplicateOf", "must name another proposal, not this one"));
            } else if (!reads.exists("proposal", "id", request.duplicateOf())) {
                errors.add(new Problem.FieldError("duplicateOf", "no proposal with this id"));
            }
        } else if (request.duplicateOf() != null) {
            errors.add(new Problem.FieldError("duplicateOf", "is only given with status duplicate"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput("The status change is incomplete.", errors);
        }
    }

    private void checkReferences(ProposalFields fields) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (fields.category() != null && !fields.category().isBlank() && !reads.exists("category", "slug", fields.category().strip())) {
            errors.add(new Problem.FieldError("category", "unknown category; see GET /api/v1/categories"));
        }
        if (fields.processId() != null && !reads.exists("process", "id", fields.processId())) {
            errors.add(new Problem.FieldError("processId", "unknown process; see GET /api/v1/processes"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput("The proposal names unknown reference data.", errors);
        }
    }

    private boolean answerable(Proposal p) {
        return user.publishesFor(p.authorWard) || user.hasRole(CurrentUser.ADMIN);
    }

    private ProposalDetail detail(Proposal p) {
        boolean editable = p.authorSubject.equals(user.subject()) && ProposalStatus.OPEN.equals(p.status);
        return reads.detail(p, editable, answerable(p) && !ProposalStatus.closed(p.status));
    }

    private Proposal find(UUID id, boolean lock) {
        Proposal p = lock ? Proposal.findById(id, LockModeType.PESSIMISTIC_WRITE) : Proposal.findById(id);
        if (p == null) {
            throw new NotFound("There is no proposal " + id + ".");
        }
        return p;
    }

    private void reindex(Proposal p) {
        em.createNativeQuery("UPDATE proposal SET tokens = yokoten_token_hashes(?1) WHERE id = ?2")
                .setParameter(1, ProposalFields.searchable(p)).setParameter(2, p.id).executeUpdate();
    }
}
