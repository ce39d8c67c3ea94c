package jp.yokoten.audit;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jp.yokoten.common.config.Clocks;
import jp.yokoten.common.paging.Page;
import jp.yokoten.common.paging.PageRequest;
import jp.yokoten.common.security.CurrentUser;

/** Writes audit entries inside the caller's transaction, so a change and its record commit together. */
@ApplicationScoped
public class AuditService {
    @Inject
    CurrentUser user;

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String action, String objectType, UUID objectId, Map<String, Object> before, Map<String, Object> after) {
        AuditEntry e = new AuditEntry();
        e.at = Clocks.now();
        e.actor = user.subject();
        e.actorName = user.displayName();
        e.actorWard = user.ward().orElse(null);
        e.action = action;
        e.objectType = objectType;
        e.objectId = objectId;
        e.before = before;
        e.after = after;
        e.persist();
    }

    /** Newest first; every filter optional. Served by the object, actor and time indexes. */
    public Page<AuditEntryView> search(UUID objectId, String actor, OffsetDateTime from, OffsetDateTime to, PageRequest paging) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (objectId != null) {
            where.add("objectId = :objectId");
            params.and("objectId", objectId);
        }
        if (actor != null) {
            where.add("actor = :actor");
            params.and("actor", actor);
        }
        if (from != null) {
            where.add("at >= :from");
            params.and("from", from);
        }
        if (to != null) {
            where.add("at < :to");
            params.and("to", to);
        }
        if (!user.hasRole(CurrentUser.ADMIN)) {
            // SPEC §9: an anonymous proposal's author is named only to their ward's publishers and admin; reviewers of
            // other wards read this log, so its entries (and an actor filter that would find them) stay with admin.
            where.add("not (objectType = 'proposal' and objectId in (select p.id from Proposal p where p.anonymous = true))");
        }
        String query = where.isEmpty() ? "" : String.join(" and ", where);
        PanacheQuery<AuditEntry> q = AuditEntry.find(query, Sort.descending("at", "id"), params)
                .page(paging.page(), paging.size());
        return new Page<>(q.list().stream().map(AuditEntryView::from).toList(), paging.page(), paging.size(), q.count());
    }
}
