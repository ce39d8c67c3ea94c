package jp.yokoten.publication;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jp.yokoten.common.error.InvalidInput;
import jp.yokoten.common.error.NotFound;
import jp.yokoten.common.error.Problem;
import jp.yokoten.review.PublicationStatus;
import jp.yokoten.review.Workflow;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The templates a publishable item links (a story's or an article's "used templates"), kept in the kind's link
 * table {@code <type>_template (<type>_id, template_id)}. One rule for every kind: an item may link published
 * templates and its own ward's templates, and readers see only the links they may see.
 */
@ApplicationScoped
public class TemplateLinks {
    @Inject
    EntityManager em;

    @Inject
    Visibility visibility;

    /** A linked template: enough to show and link it (one schema for stories and articles). */
    @Schema(name = "TemplateLink")
    public record LinkedTemplate(UUID id, String title, String ownerWard, @Schema(implementation = PublicationStatus.class) String status) {}

    /**
     * 400 naming each id that cannot be linked by an item of {@code ward}. Another ward's unpublished template
     * is refused exactly like an unknown id: the answer must not reveal that it exists.
     */
    public void check(Kind<?> kind, List<UUID> ids, String ward) {
        Map<UUID, Object[]> found = new HashMap<>();
        for (Object[] row : rows(ids)) {
            found.put((UUID) row[0], row);
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            Object[] t = found.get(ids.get(i));
            if (t == null || !(Workflow.isPublic((String) t[3]) || ward.equals(t[2]))) {
                errors.add(new Problem.FieldError("templateIds/" + i, "no published template (or template of your ward) with this id"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput("The " + kind.type() + " links templates that cannot be linked.", errors);
        }
    }

    /** 404 unless the caller may see the template, as if it did not exist (an item's "linking" list asks first). */
    public void requireVisible(UUID templateId) {
        if (rows(List.of(templateId)).stream().noneMatch(t -> visibility.canSee((String) t[2], (String) t[3]))) {
            throw new NotFound("There is no template " + templateId + ".");
        }
    }

    /** Replaces the item's links with {@code ids} (already checked). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void replace(Kind<?> kind, UUID itemId, List<UUID> ids) {
        em.flush(); // the link rows reference the item's row
        em.createNativeQuery("DELETE FROM " + table(kind) + " WHERE " + column(kind) + " = ?1").setParameter(1, itemId).executeUpdate();
        for (UUID t : ids) {
            em.createNativeQuery("INSERT INTO " + table(kind) + " (" + column(kind) + ", template_id) VALUES (?1, ?2)")
                    .setParameter(1, itemId).setParameter(2, t).executeUpdate();
        }
    }

    /** The linked ids, in a stable order (the merge-patch base). */
    @SuppressWarnings("unchecked")
    public List<UUID> ids(Kind<?> kind, UUID itemId) {
        return em.createNativeQuery("SELECT template_id FROM " + table(kind) + " WHERE " + column(kind) + " = ?1 ORDER BY template_id",
                UUID.class).setParameter(1, itemId).getResultList();
    }

    /** Linked templates the caller may see, by title; others are left out rather than shown as hidden. */
    public List<LinkedTemplate> visible(Kind<?> kind, UUID itemId) {
        List<UUID> ids = ids(kind, itemId);
        return rows(ids).stream().filter(t -> visibility.canSee((String) t[2], (String) t[3]))
                .map(t -> new LinkedTemplate((UUID) t[0], (String) t[1], (String) t[2], (String) t[3])).toList();
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createNativeQuery("SELECT id, title, owner_ward, status FROM template WHERE id IN (?1) ORDER BY title, id")
                .setParameter(1, ids).getResultList();
    }

    /** The kind's link table; the names come from code ({@link Kind#type()}), never from a request. */
    private static String table(Kind<?> kind) {
        return kind.type() + "_template";
    }

    private static String column(Kind<?> kind) {
        return kind.type() + "_id";
    }
}
