package jp.yokoten.award;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import jp.yokoten.common.error.Forbidden;
import jp.yokoten.common.error.NotFound;
import jp.yokoten.common.security.CurrentUser;

/**
 * Who sees which round and entry, in one place. Draft rounds exist only for admin. Before publication an entry
 * is seen by admin, by its own ward, and by judges of other wards; a judge whose {@code ward} claim is the
 * entry's ward has a conflict of interest: the entry is left out of their lists and a direct request gets 403.
 */
@ApplicationScoped
public class AwardAccess {
    @Inject
    CurrentUser user;

    boolean admin() {
        return user.hasRole(CurrentUser.ADMIN);
    }

    boolean judge() {
        return user.hasRole(CurrentUser.AWARD_COMMITTEE);
    }

    /** A judge of the entry's ward: may neither score it nor see its sheets. */
    boolean conflicted(String entryWard) {
        return judge() && user.ward().map(entryWard::equals).orElse(false);
    }

    AwardRound round(UUID id) {
        AwardRound r = AwardRound.findById(id);
        if (r == null || (AwardPhase.DRAFT.equals(r.phase) && !admin())) {
            throw new NotFound("No award round with this id.");
        }
        return r;
    }

    AwardEntry entry(AwardRound r, UUID entryId) {
        AwardEntry e = AwardEntry.findById(entryId);
        if (e == null || !e.roundId.equals(r.id)) {
            throw new NotFound("No entry with this id in this round.");
        }
        requireVisible(r, e);
        return e;
    }

    void requireVisible(AwardRound r, AwardEntry e) {
        if (AwardPhase.PUBLISHED.equals(r.phase) || admin() || user.publishesFor(e.ward)) {
            return;
        }
        if (conflicted(e.ward)) {
            throw new Forbidden("You judge this round and belong to the entering ward: conflict of interest.");
        }
        if (!judge() && !user.ward().map(e.ward::equals).orElse(false)) {
            throw new NotFound("No entry with this id in this round.");
        }
    }

    /**
     * The entries of a round the caller's lists show, as a condition on {@code ward} ({@code :ward} binds the
     * caller's ward): everything once published and for admin, other wards' entries for judges, else the own ward's.
     */
    String listCondition(AwardRound r) {
        if (AwardPhase.PUBLISHED.equals(r.phase) || admin()) {
            return "TRUE";
        }
        if (user.ward().isEmpty()) {
            return judge() ? "TRUE" : "FALSE";
        }
        if (judge() && !user.hasRole(CurrentUser.PUBLISHER)) {
            return "e.ward <> :ward";
        }
        return judge() ? "TRUE" : "e.ward = :ward";
    }

    String ward() {
        return user.ward().orElse("");
    }

    String subject() {
        return user.subject();
    }
}
