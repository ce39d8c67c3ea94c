package jp.yokoten.project;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import jp.yokoten.audit.AuditService;
import jp.yokoten.common.config.Clocks;
import jp.yokoten.common.error.Forbidden;
import jp.yokoten.common.error.InvalidInput;
import jp.yokoten.common.error.NotFound;
import jp.yokoten.common.error.Problem;
import jp.yokoten.common.http.Conditional;
import jp.yokoten.common.security.CurrentUser;
import jp.yokoten.process.ProcessService;

/** Project writes: the admin creates, the admin and members edit; every change leaves an audit entry. */
@ApplicationScoped
public class ProjectService {
    static final String TYPE = "project";

    @Inject
    CurrentUser user;

    @Inject
    AuditService audit;

    @Inject
    ProcessService processes;

    @Inject
    ProjectLinks links;

    @Inject
    EntityManager em;

    @Inject
    Validator validator;

    @Inject
    ObjectMapper json;

    @Transactional
    public UUID create(CreateProjectRequest request) {
        if (processes.find(request.processId()).isEmpty()) {
            throw new InvalidInput("processId", "no common process " + request.processId() + "; see GET /processes");
        }
        ProjectFields fields = request.fields();
        links.check(fields, request.processId());
        Project p = new Project();
        p.id = UUID.randomUUID();
        p.processId = request.processId();
        p.title = fields.title().strip();
        p.goal = blankToNull(fields.goal());
        p.flow = "";
        p.createdBy = user.subject();
        p.createdAt = p.updatedAt = Clocks.now();
        p.persist();
        em.flush();
        if (!fields.flowText().isBlank()) {
            saveFlow(p, fields.flowText());
        }
        links.replaceWards(p.id, fields.wards());
        links.replaceMilestones(p.id, fields.steps());
        links.replaceTemplates(p.id, fields.templates());
        Map<String, Object> after = new LinkedHashMap<>(state(p, fields));
        after.put("processId", p.processId.toString());
        audit.record("project.created", TYPE, p.id, null, after);
        return p.id;
    }

    /** JSON merge patch with If-Match; a changed flow becomes a new version in the history. */
    @Transactional(rollbackOn = Exception.class)
    public UUID patch(UUID id, String ifMatch, JsonNode patch) throws JsonProcessingException {
        Project p = editable(id);
        ObjectNode changes = Conditional.precondition(ifMatch, etag(p), patch);
        ProjectFields current = new ProjectFields(p.title, p.goal, links.wards(p.id), p.flow, links.milestones(p.id),
                links.templates(p.id));
        ProjectFields fields = Conditional.patched(json, validator, current, changes, ProjectFields.class);
        links.check(fields, p.processId);
        Map<String, Object> before = state(p, current);
        p.title = fields.title().strip();
        p.goal = blankToNull(fields.goal());
        if (!Objects.equals(p.flow, fields.flowText())) {
            saveFlow(p, fields.flowText());
        }
        if (!current.wards().equals(fields.wards())) {
            links.replaceWards(p.id, fields.wards());
        }
        if (!current.steps().equals(fields.steps())) {
            links.replaceMilestones(p.id, fields.steps());
        }
        if (!current.templates().equals(fields.templates())) {
            links.replaceTemplates(p.id, fields.templates());
        }
        p.updatedAt = Clocks.now();
        Map<String, Object> after = state(p, fields);
        // Only what changed goes into the trail, so the history reads as a list of edits.
        before.keySet().removeIf(k -> Objects.equals(before.get(k), after.get(k)));
        after.keySet().retainAll(before.keySet());
        audit.record("project.updated", TYPE, p.id, before, after);
        p.flush();
        return p.id;
    }

    /** Adds a member or updates their name and ward; true when added. */
    @Transactional
    public boolean putMember(UUID id, String subject, MemberRequest request) {
        Project p = editable(id);
        checkSubject(subject);
        List<Problem.FieldError> errors = new ArrayList<>();
        if (request != null && request.ward() != null && !links.wardExists(request.ward())) {
            errors.add(new Problem.FieldError("ward", "no ward " + request.ward()));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput("Invalid member.", errors);
        }
        String name = request == null ? null : blankToNull(request.name());
        String ward = request == null ? null : request.ward();
        boolean added = !links.isMember(p.id, subject);
        links.putMember(p.id, subject, name, ward, user.subject());
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("subject", subject);
        after.put("name", name);
        after.put("ward", ward);
        audit.record(added ? "project.member.added" : "project.member.updated", TYPE, p.id, null, after);
        return added;
    }

    @Transactional
    public void removeMember(UUID id, String subject) {
        Project p = editable(id);
        checkSubject(subject);
        if (!links.removeMember(p.id, subject)) {
            throw new NotFound("The project has no member " + subject + ".");
        }
        audit.record("project.member.removed", TYPE, p.id, Map.of("subject", subject), null);
    }

    static String etag(Project p) {
        return "\"" + p.lockVersion + "\"";
    }

    /** The admin and the project's members may edit; for other staff the project exists but is read-only. */
    private Project editable(UUID id) {
        Project p = Project.<Project>findByIdOptional(id).orElseThrow(() -> new NotFound("There is no project " + id + "."));
        if (!user.hasRole(CurrentUser.ADMIN) && !links.isMember(p.id, user.subject())) {
            throw new Forbidden("Only the project's members and portal operators edit a project.");
        }
        return p;
    }

    private void saveFlow(Project p, String body) {
        p.flow = body;
        p.flowVersion++;
        links.addFlowVersion(p.id, p.flowVersion, body, user.subject(), user.displayName());
    }

    private static void checkSubject(String subject) {
        if (subject == null || subject.isBlank() || subject.length() > 200 || subject.codePoints().anyMatch(Character::isISOControl)) {
            throw new InvalidInput("subject", "must be a Keycloak subject of 1 to 200 characters");
        }
    }

    private static Map<String, Object> state(Project p, ProjectFields f) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("title", f.title() == null ? null : f.title().strip());
        s.put("goal", blankToNull(f.goal()));
        s.put("flowVersion", p.flowVersion);
        s.put("memberWards", String.join(",", f.wards()));
        s.put("milestones", f.steps().stream().map(m -> m.title() + "@" + m.dueOn() + (m.doneOn() == null ? "" : "✓" + m.doneOn())).toList().toString());
        s.put("templateIds", f.templates().toString());
        return s;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
