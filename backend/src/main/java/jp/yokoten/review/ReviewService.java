package jp.yokoten.review;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import jp.yokoten.common.config.Clocks;
import jp.yokoten.common.error.Conflict;
import jp.yokoten.common.error.Forbidden;
import jp.yokoten.common.error.InvalidInput;
import jp.yokoten.common.paging.Page;
import jp.yokoten.common.paging.PageRequest;
import jp.yokoten.common.security.CurrentUser;
import jp.yokoten.governance.FindingCounts;
import jp.yokoten.governance.FindingService;

/** Submissions and decisions for every reviewable kind, including the four-eyes rule. */
@ApplicationScoped
public class ReviewService {
    @Inject
    CurrentUser user;

    @Inject
    FindingService findings;

    @Inject
    Event<ReviewEvent> events;

    @Transactional(Transactional.TxType.MANDATORY)
    public Review open(String subjectType, UUID subjectId, UUID subjectVersion, String versionLabel, String ownerWard, String title) {
        if (pending(subjectId).isPresent()) {
            throw new Conflict("A submission of this item is already waiting for review.");
        }
        Review r = new Review();
        r.id = UUID.randomUUID();
        r.subjectType = subjectType;
        r.subjectId = subjectId;
        r.subjectVersion = subjectVersion;
        r.versionLabel = versionLabel;
        r.ownerWard = ownerWard;
        r.title = title;
        r.submittedBy = user.subject();
        r.submittedByName = user.displayName();
        r.submittedAt = Clocks.now();
        r.reasons = List.of();
        r.persist();
        events.fire(ReviewEvent.submitted(r));
        return r;
    }

    public Optional<Review> pending(UUID subjectId) {
        return Review.find("subjectId = ?1 and decision is null", subjectId).firstResultOptional();
    }

    /**
     * Records the caller's decision on the open submission; neither its submitter nor its author may decide
     * (four-eyes). The author need not be the submitter: the uploader of the template version, the writer of a
     * story. The owning kind names it from the submission ({@code authorOf}), so that this rule knows no kind's table.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Review decide(UUID subjectId, ReviewDecision decision, Function<Review, String> authorOf) {
        Review r = pending(subjectId).orElseThrow(() -> new Conflict("Nothing of this item is waiting for review."));
        if (r.submittedBy.equals(user.subject())) {
            throw new Forbidden("You submitted this item; another reviewer must decide (four-eyes rule).");
        }
        if (user.subject().equals(authorOf.apply(r))) {
            throw new Forbidden("You wrote what is under review (uploaded this version or wrote this story); "
                    + "another reviewer must decide (four-eyes rule).");
        }
        List<String> reasons = decision.reasons() == null ? List.of() : decision.reasons().stream().distinct().toList();
        if (!decision.approves() && reasons.isEmpty()) {
            throw new InvalidInput("reasons", "name at least one reason when rejecting");
        }
        r.decision = decision.decision();
        r.reasons = reasons;
        r.comment = decision.comment();
        r.decidedBy = user.subject();
        r.decidedByName = user.displayName();
        r.decidedAt = Clocks.now();
        events.fire(ReviewEvent.decided(r));
        return r;
    }

    public Optional<ReviewOutcome> lastDecided(UUID subjectId) {
        return Review.<Review>find("subjectId = ?1 and decision is not null", Sort.descending("decidedAt"), subjectId)
                .firstResultOptional().map(ReviewOutcome::of);
    }

    /** Pending submissions oldest first (the queue); decided ones newest first. */
    public Page<ReviewView> list(String status, PageRequest paging) {
        PanacheQuery<Review> q = switch (status) {
            case "pending" -> Review.find("decision is null", Sort.ascending("submittedAt", "id"));
            case "decided" -> Review.find("decision is not null", Sort.descending("decidedAt", "id"));
            default -> throw new InvalidInput("status", "must be pending or decided");
        };
        q.page(paging.page(), paging.size());
        List<Review> page = q.list();
        Map<UUID, FindingCounts> counts = findings.counts(page.stream().map(r -> r.subjectVersion).filter(Objects::nonNull).toList());
        return new Page<>(page.stream().map(r -> ReviewView.of(r, r.subjectVersion == null ? null
                : counts.getOrDefault(r.subjectVersion, FindingCounts.NONE))).toList(), paging.page(), paging.size(), q.count());
    }
}
