package jp.yokoten.rating;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.UUID;
import jp.yokoten.common.config.Clocks;
import jp.yokoten.common.error.Conflict;
import jp.yokoten.common.error.Forbidden;
import jp.yokoten.common.error.NotFound;
import jp.yokoten.common.paging.Page;
import jp.yokoten.common.paging.PageRequest;
import jp.yokoten.common.security.CurrentUser;
import jp.yokoten.search.SearchIndex;
import jp.yokoten.template.TemplateRef;
import jp.yokoten.template.TemplateService;
import jp.yokoten.usage.UsageService;

/** Ratings of published templates; the template's average and count are kept exact on every write. */
@ApplicationScoped
public class RatingService {
    @Inject
    CurrentUser user;

    @Inject
    TemplateService templates;

    @Inject
    SearchIndex searchIndex;

    @Inject
    UsageService usage;

    @Inject
    Event<RatingGiven> rated;

    @Transactional
    public RatingView put(UUID templateId, RatingRequest request) {
        TemplateRef t = rateable(templateId);
        // Raters of one template take turns on its counters row, so the recomputed average is exact.
        searchIndex.lockCounters(t.id());
        Rating r = Rating.findById(new Rating.Key(t.id(), user.subject()));
        OffsetDateTime now = Clocks.now();
        boolean first = r == null;
        if (first) {
            r = new Rating();
            r.key = new Rating.Key(t.id(), user.subject());
            r.createdAt = now;
        }
        r.userName = user.displayName();
        r.userWard = user.ward().orElse(null);
        r.stars = request.stars().shortValue();
        r.comment = request.comment() == null || request.comment().isBlank() ? null : request.comment();
        r.updatedAt = now;
        if (first) {
            r.persist();
        }
        r.flush();
        searchIndex.refreshRatings(t.id());
        usage.record("rate", t.id(), null);
        rated.fire(new RatingGiven(t.id(), t.ownerWard(), t.title(), user.subject(), user.displayName(), r.stars, r.comment));
        return RatingView.of(r, user.subject());
    }

    @Transactional
    public void delete(UUID templateId) {
        TemplateRef t = templates.ref(templateId);
        searchIndex.lockCounters(t.id());
        if (Rating.deleteById(new Rating.Key(t.id(), user.subject()))) {
            searchIndex.refreshRatings(t.id());
        } else {
            throw new NotFound("You have not rated this template.");
        }
    }

    public Page<RatingView> list(UUID templateId, PageRequest paging) {
        TemplateRef t = templates.ref(templateId);
        PanacheQuery<Rating> q = Rating.find("key.templateId", Sort.descending("updatedAt").and("key.userSubject"), t.id())
                .page(paging.page(), paging.size());
        return new Page<>(q.list().stream().map(r -> RatingView.of(r, user.subject())).toList(), paging.page(), paging.size(), q.count());
    }

    private TemplateRef rateable(UUID templateId) {
        TemplateRef t = templates.ref(templateId);
        if (!t.published()) {
            throw new Conflict("Only published templates can be rated.");
        }
        if (user.ward().map(t.ownerWard()::equals).orElse(false)) {
            throw new Forbidden("Templates of your own ward cannot be rated by its staff.");
        }
        return t;
    }
}
