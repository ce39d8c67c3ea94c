package jp.yokoten.publication;

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
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import jp.yokoten.audit.AuditService;
import jp.yokoten.common.config.Clocks;
import jp.yokoten.common.error.Conflict;
import jp.yokoten.common.error.Forbidden;
import jp.yokoten.common.error.NotFound;
import jp.yokoten.common.http.Conditional;
import jp.yokoten.common.security.CurrentUser;
import jp.yokoten.review.Review;
import jp.yokoten.review.ReviewDecision;
import jp.yokoten.review.ReviewOutcome;
import jp.yokoten.review.ReviewService;
import jp.yokoten.review.Workflow;

/**
 * The life-cycle steps of every publishable kind, each with its status rule ({@link Workflow}), its review
 * ({@link ReviewService}), its audit entry ({@code <type>.<step>}) and a {@link PublicationChanged} event that
 * the kind's search index observes. The kind's own service calls these from
 * inside its transaction and adds only what differs: its fields, links, versions and search index.
 */
@ApplicationScoped
public class Publications {
    @Inject
    CurrentUser user;

    @Inject
    Visibility visibility;

    @Inject
    ReviewService reviews;

    @Inject
    AuditService audit;

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    @Inject
    Validator validator;

    @Inject
    Event<PublicationChanged> changed;

    /** An owner's edit under way: the patch that passed If-Match and the status before and after it. */
    public record Edit(ObjectNode changes, String before, String after) {}

    /** A reviewer's decision applied: the review, the status before, when, and whether it published the item now. */
    public record Decided(Review review, String before, OffsetDateTime at, boolean firstPublished) {}

    /**
     * A new draft of the caller's ward (403 for accounts outside any ward) from {@code fields}, after {@code check}
     * has accepted them for that ward; stored with its audit entry.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public <P extends Publishable> P create(Kind<P> kind, Fields<P> fields, Consumer<String> check) {
        String ward = user.ward().orElseThrow(() -> new Forbidden(
                "Your account belongs to no ward, so it cannot publish " + kind.plural() + "."));
        check.accept(ward);
        P p = kind.create().get();
        fields.applyTo(p);
        p.id = UUID.randomUUID();
        p.ownerWard = ward;
        p.status = Workflow.DRAFT;
        p.createdBy = user.subject();
        p.createdAt = p.updatedAt = Clocks.now();
        p.persist();
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("status", p.status);
        state.put("title", p.title);
        state.put("ownerWard", p.ownerWard);
        record(kind, p, "created", null, state);
        changed.fire(new PublicationChanged(p));
        return p;
    }

    /** The item if the caller may see it ({@link Visibility}), else 404; {@code lock} takes its row lock. */
    public <P extends Publishable> P visible(Kind<P> kind, UUID id, boolean lock) {
        P p = lock ? em.find(kind.entity(), id, LockModeType.PESSIMISTIC_WRITE) : em.find(kind.entity(), id);
        if (p == null || !visibility.canSee(p)) {
            throw new NotFound("There is no " + kind.type() + " " + id + ".");
        }
        return p;
    }

    /** {@code p} if the caller publishes for its ward, else 403. */
    public <P extends Publishable> P owned(Kind<P> kind, P p) {
        if (!visibility.insider(p.ownerWard)) {
            throw new Forbidden("Only publishers of the owning ward may change this " + kind.type() + ".");
        }
        return p;
    }

    /** The visible item the caller may change, row-locked. */
    public <P extends Publishable> P ownedForUpdate(Kind<P> kind, UUID id) {
        return owned(kind, visible(kind, id, true));
    }

    /** Starts an edit: 428/412 unless If-Match names the current ETag, 409 unless the status allows edits. */
    public Edit startEdit(Publishable p, String ifMatch, JsonNode patch) {
        ObjectNode changes = Conditional.precondition(ifMatch, p.etag(), patch);
        return new Edit(changes, p.status, Workflow.afterEdit(p.status));
    }

    /**
     * The fields after the merge patch, validated; unknown or mistyped fields surface as Jackson's exceptions,
     * which the problem mapper turns into field errors.
     */
    public <F> F patched(F current, Edit edit, Class<F> type) throws JsonProcessingException {
        return Conditional.patched(json, validator, current, edit.changes(), type);
    }

    /** The fields an edit changes, before and after, for the audit entry (both maps are mutable). */
    @SuppressWarnings("unchecked")
    public <F> Map<String, Object>[] changedFields(F current, F next) {
        Map<String, Object> before = json.convertValue(current, Map.class);
        Map<String, Object> after = json.convertValue(next, Map.class);
        before.entrySet().removeIf(e -> Objects.equals(e.getValue(), after.get(e.getKey())));
        after.keySet().retainAll(before.keySet());
        return new Map[] {before, after};
    }

    /**
     * Ends an edit whose fields are applied: the new status (a rejected item returns to draft), flushed at once
     * so that the answer carries the new ETag, and the audit entry of what changed.
     */
    public void finishEdit(Kind<?> kind, Publishable p, Edit edit, Map<String, Object> before, Map<String, Object> after) {
        p.status = edit.after();
        p.updatedAt = Clocks.now();
        p.flush();
        before.put("status", edit.before());
        after.put("status", edit.after());
        record(kind, p, "updated", before, after);
        changed.fire(new PublicationChanged(p));
    }

    /** Opens the review of {@code p} (of one of its versions if {@code versionId} is set); drafts enter review. */
    public void openReview(Kind<?> kind, Publishable p, boolean entersReview, UUID versionId, String versionLabel) {
        reviews.open(kind.type(), p.id, versionId, versionLabel, p.ownerWard, p.title);
        if (entersReview) {
            p.status = Workflow.IN_REVIEW;
        }
        p.updatedAt = Clocks.now();
        changed.fire(new PublicationChanged(p));
    }

    /**
     * Records the caller's decision on the pending review and moves the item on. {@code authorOf} names who wrote
     * what is reviewed (story author, version uploader); the four-eyes rule keeps both author and submitter out.
     */
    public Decided decide(Publishable p, ReviewDecision decision, Function<Review, String> authorOf) {
        Review review = reviews.decide(p.id, decision, authorOf);
        String before = p.status;
        OffsetDateTime now = Clocks.now();
        p.status = Workflow.afterDecision(p.status, decision.approves());
        boolean first = Workflow.PUBLISHED.equals(p.status) && p.publishedAt == null;
        if (first) {
            p.publishedAt = now;
        }
        p.updatedAt = now;
        changed.fire(new PublicationChanged(p));
        return new Decided(review, before, now, first);
    }

    /**
     * Submits an item that is reviewed as a whole (a story, an article; templates are reviewed by version): its
     * ward's publisher sends a draft or rejected item into review; a published one is not reviewed again.
     */
    public <P extends Publishable> P submitWhole(Kind<P> kind, UUID id) {
        P p = ownedForUpdate(kind, id);
        if (!Workflow.entersReviewOnSubmit(p.status)) {
            throw new Conflict("The " + kind.type() + " is published; published " + kind.plural() + " are not reviewed again.");
        }
        String before = p.status;
        openReview(kind, p, true, null, null);
        record(kind, p, "submitted", Map.of("status", before), Map.of("status", p.status));
        return p;
    }

    /** Decides the pending review of an item reviewed as a whole; its author may not decide (four eyes). */
    public <P extends Publishable> P decideWhole(Kind<P> kind, UUID id, ReviewDecision decision) {
        P p = visible(kind, id, true);
        Decided d = decide(p, decision, review -> p.createdBy);
        record(kind, p, decision.approves() ? "approved" : "rejected", Map.of("status", d.before()),
                Map.of("status", p.status, "reasons", d.review().reasons));
        return p;
    }

    /** Archives the visible item: its ward's publishers and operators, not while anything of it is in review. */
    public <P extends Publishable> P archive(Kind<P> kind, UUID id) {
        P p = visible(kind, id, true);
        if (!visibility.insider(p.ownerWard) && !user.hasRole(CurrentUser.ADMIN)) {
            throw new Forbidden("Only publishers of the owning ward and portal operators may archive a " + kind.type() + ".");
        }
        Workflow.requireArchivable(p.status);
        if (reviews.pending(p.id).isPresent()) {
            throw new Conflict("A version of this " + kind.type() + " is in review; a reviewer must decide first.");
        }
        String before = p.status;
        p.status = Workflow.ARCHIVED;
        p.archivedAt = p.updatedAt = Clocks.now();
        record(kind, p, "archived", Map.of("status", before), Map.of("status", p.status));
        changed.fire(new PublicationChanged(p));
        return p;
    }

    /** The last decision on the item, for its ward's publishers and overseers only (reasons are internal). */
    public ReviewOutcome lastDecision(Publishable p) {
        return visibility.insider(p.ownerWard) || visibility.overseer() ? reviews.lastDecided(p.id).orElse(null) : null;
    }

    /** The audit entry {@code <type>.<step>} of the item. */
    public void record(Kind<?> kind, Publishable p, String step, Map<String, Object> before, Map<String, Object> after) {
        audit.record(kind.type() + "." + step, kind.type(), p.id, before, after);
    }
}
