package jp.yokoten.publication;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.BiFunction;
import jp.yokoten.common.paging.PageRequest;
import jp.yokoten.review.ReviewDecision;

/**
 * The service of a {@link Writing} kind (stories, articles): every step on {@link Publications}, reviewed as a
 * whole, with the template links of {@link TemplateLinks}. A kind adds what is its own: its fields, which of them
 * an edit's audit entry names, its detail view and its search index ({@code R}: a page of it).
 */
public abstract class WritingService<P extends Writing, F extends WritingFields<P>, D, R> implements PublicationService<P, F, D> {
    private final Kind<P> kind;
    private final BiFunction<P, List<UUID>, F> fieldsOf;

    @Inject
    protected Publications publications;

    @Inject
    protected TemplateLinks links;

    @Inject
    protected Recognitions recognitions;

    /** {@code fieldsOf}: an item's current fields with its linked template ids, the base a merge patch applies to. */
    protected WritingService(Kind<P> kind, BiFunction<P, List<UUID>, F> fieldsOf) {
        this.kind = kind;
        this.fieldsOf = fieldsOf;
    }

    @Override
    public Kind<P> kind() {
        return kind;
    }

    /** The fields an edit's audit entry names when they change, in order, as the audit shows them. */
    protected abstract Map<String, Object> audited(F fields);

    /** Published items of this kind that link the template, newest first, from the kind's search index. */
    protected abstract R linking(UUID templateId, PageRequest paging);

    /** Keeps the kind's search index in step with the item (inside the writer's transaction). */
    protected abstract void index(P item);

    /** 400 unless {@code fields} may be stored for an item of {@code ward}; by default, its links. */
    protected void check(F fields, String ward) {
        links.check(kind, fields.links(), ward);
    }

    @Transactional
    @Override
    public P create(F fields) {
        P p = publications.create(kind, fields, ward -> check(fields, ward));
        links.replace(kind, p.id, fields.links());
        return p;
    }

    @Override
    public P get(UUID id) {
        return publications.visible(kind, id, false);
    }

    @Transactional(rollbackOn = Exception.class)
    @Override
    public P patch(UUID id, String ifMatch, JsonNode patch) throws JsonProcessingException {
        P p = publications.ownedForUpdate(kind, id);
        Publications.Edit edit = publications.startEdit(p, ifMatch, patch);
        F current = fieldsOf.apply(p, links.ids(kind, p.id));
        @SuppressWarnings("unchecked")
        F fields = publications.patched(current, edit, (Class<F>) current.getClass());
        check(fields, p.ownerWard);
        Map<String, Object> before = new LinkedHashMap<>();
        Map<String, Object> after = new LinkedHashMap<>();
        Map<String, Object> now = audited(fields);
        audited(current).forEach((field, was) -> {
            if (!Objects.equals(was, now.get(field))) {
                before.put(field, was);
                after.put(field, now.get(field));
            }
        });
        fields.applyTo(p);
        publications.finishEdit(kind, p, edit, before, after);
        links.replace(kind, p.id, fields.links());
        return p;
    }

    @Transactional
    @Override
    public P submit(UUID id) {
        return publications.submitWhole(kind, id);
    }

    @Transactional
    @Override
    public P decide(UUID id, ReviewDecision decision) {
        return publications.decideWhole(kind, id, decision);
    }

    @Transactional
    @Override
    public P archive(UUID id) {
        return publications.archive(kind, id);
    }

    /** Published items that link a template the caller may see (the template's detail page); 404 for another. */
    public R forTemplate(UUID templateId, PageRequest paging) {
        links.requireVisible(templateId);
        return linking(templateId, paging);
    }

    /** Every life-cycle step of an item of this kind re-indexes it. */
    public void indexed(@Observes PublicationChanged change) {
        if (kind.entity().isInstance(change.item())) {
            index(kind.entity().cast(change.item()));
        }
    }
}
