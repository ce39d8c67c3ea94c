package jp.yokoten.project;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import jp.yokoten.common.config.Clocks;
import jp.yokoten.common.error.InvalidInput;
import jp.yokoten.common.error.Problem;

/**
 * A project's side tables (member wards, members, milestones, standard templates, flow history), written in the
 * caller's transaction. Whether a template is published and implements the process is a plain-SQL read of the
 * template table: TemplateService offers no such method (yet).
 */
@ApplicationScoped
class ProjectLinks {
    @Inject
    EntityManager em;

    /** Unknown wards and templates that are not published or implement another process are the caller's mistake. */
    void check(ProjectFields f, UUID processId) {
        List<Problem.FieldError> errors = new ArrayList<>();
        for (String ward : f.wards()) {
            if (!wardExists(ward)) {
                errors.add(new Problem.FieldError("memberWards", "no ward " + ward));
            }
        }
        for (UUID t : f.templates()) {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("SELECT status, process_id FROM template WHERE id = ?1").setParameter(1, t)
                    .getResultList();
            if (rows.isEmpty() || !"published".equals(rows.get(0)[0])) {
                errors.add(new Problem.FieldError("templateIds", "template " + t + " is not published; only published templates become standard"));
            } else if (!processId.equals(rows.get(0)[1])) {
                errors.add(new Problem.FieldError("templateIds", "template " + t + " does not implement this project's common process"));
            }
        }
        for (ProjectMilestone m : f.steps()) {
            if (m.doneOn() != null && m.doneOn().isAfter(Clocks.today())) {
                errors.add(new Problem.FieldError("milestones", "doneOn of " + m.title() + " must not be in the future"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput("The project has invalid fields.", errors);
        }
    }

    boolean wardExists(String slug) {
        return !em.createNativeQuery("SELECT 1 FROM ward WHERE slug = ?1").setParameter(1, slug).getResultList().isEmpty();
    }

    boolean isMember(UUID project, String subject) {
        return !em.createNativeQuery("SELECT 1 FROM project_member WHERE project_id = ?1 AND subject = ?2")
                .setParameter(1, project).setParameter(2, subject).getResultList().isEmpty();
    }

    @SuppressWarnings("unchecked")
    List<String> wards(UUID project) {
        return em.createNativeQuery("SELECT ward FROM project_ward WHERE project_id = ?1 ORDER BY ward").setParameter(1, project).getResultList();
    }

    @SuppressWarnings("unchecked")
    List<UUID> templates(UUID project) {
        return em.createNativeQuery("SELECT template_id FROM project_template WHERE project_id = ?1 ORDER BY template_id")
                .setParameter(1, project).getResultList();
    }

    List<ProjectMilestone> milestones(UUID project) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT title, due_on, done_on FROM project_milestone WHERE project_id = ?1 ORDER BY position")
                .setParameter(1, project).getResultList();
        return rows.stream().map(r -> new ProjectMilestone((String) r[0], date(r[1]), date(r[2]))).toList();
    }

    void replaceWards(UUID project, List<String> wards) {
        em.createNativeQuery("DELETE FROM project_ward WHERE project_id = ?1").setParameter(1, project).executeUpdate();
        for (String w : wards) {
            em.createNativeQuery("INSERT INTO project_ward (project_id, ward) VALUES (?1, ?2)").setParameter(1, project).setParameter(2, w)
                    .executeUpdate();
        }
    }

    void replaceMilestones(UUID project, List<ProjectMilestone> milestones) {
        em.createNativeQuery("DELETE FROM project_milestone WHERE project_id = ?1").setParameter(1, project).executeUpdate();
        int position = 0;
        for (ProjectMilestone m : milestones) {
            em.createNativeQuery("INSERT INTO project_milestone (project_id, position, title, due_on, done_on) VALUES (?1, ?2, ?3, ?4, ?5)")
                    .setParameter(1, project).setParameter(2, position++).setParameter(3, m.title().strip())
                    .setParameter(4, m.dueOn()).setParameter(5, m.doneOn()).executeUpdate();
        }
    }

    void replaceTemplates(UUID project, List<UUID> templates) {
        em.createNativeQuery("DELETE FROM project_template WHERE project_id = ?1").setParameter(1, project).executeUpdate();
        for (UUID t : templates) {
            em.createNativeQuery("INSERT INTO project_template (project_id, template_id) VALUES (?1, ?2)").setParameter(1, project)
                    .setParameter(2, t).executeUpdate();
        }
    }

    void putMember(UUID project, String subject, String name, String ward, String by) {
        em.createNativeQuery("""
                INSERT INTO project_member (project_id, subject, name, ward, added_by, added_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)
                ON CONFLICT (project_id, subject) DO UPDATE SET name = EXCLUDED.name, ward = EXCLUDED.ward""")
                .setParameter(1, project).setParameter(2, subject).setParameter(3, name).setParameter(4, ward).setParameter(5, by)
                .setParameter(6, Clocks.now()).executeUpdate();
    }

    boolean removeMember(UUID project, String subject) {
        return em.createNativeQuery("DELETE FROM project_member WHERE project_id = ?1 AND subject = ?2").setParameter(1, project)
                .setParameter(2, subject).executeUpdate() > 0;
    }

    void addFlowVersion(UUID project, int version, String body, String by, String name) {
        em.createNativeQuery("""
                INSERT INTO project_flow_version (project_id, version, body, edited_by, editor_name, edited_at)
                VALUES (?1, ?2, ?3, ?4, ?5, ?6)""")
                .setParameter(1, project).setParameter(2, version).setParameter(3, body).setParameter(4, by).setParameter(5, name)
                .setParameter(6, Clocks.now()).executeUpdate();
    }

    private static LocalDate date(Object o) {
        return o == null ? null : o instanceof Date d ? d.toLocalDate() : (LocalDate) o;
    }
}
