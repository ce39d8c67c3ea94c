package jp.yokoten.publication;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import jp.yokoten.common.security.CurrentUser;
import jp.yokoten.review.Workflow;

/**
 * Who may see a publishable item: everybody a published one; the owning ward's publishers and the overseers
 * (reviewers, operators) everything else. To anybody else an unpublished item does not exist (404, left out of
 * lists). The rule is written once in Java ({@link #canSee}) and once in SQL ({@link #SQL}, via {@link #sql});
 * search, lists and exports use the fragment so that they can never disagree with the detail pages.
 */
@RequestScoped
public class Visibility {
    /**
     * The rule as a SQL condition: {@code %1$s} is the row's alias (it has {@code status} and {@code owner_ward}),
     * {@code %2$s} the placeholder the caller binds to {@link #viewerWard()}, {@code %3$s} TRUE for overseers.
     */
    public static final String SQL = "(%1$s.status = '" + Workflow.PUBLISHED + "' OR %1$s.owner_ward = %2$s OR %3$s)";

    @Inject
    CurrentUser user;

    public boolean canSee(String ownerWard, String status) {
        return Workflow.isPublic(status) || insider(ownerWard) || overseer();
    }

    public boolean canSee(Publishable p) {
        return canSee(p.ownerWard, p.status);
    }

    /** A publisher of the owning ward: sees and changes the ward's unpublished items. */
    public boolean insider(String ownerWard) {
        return user.publishesFor(ownerWard);
    }

    /** Reviewers and operators see every ward's unpublished items. */
    public boolean overseer() {
        return user.overseer();
    }

    /** The ward whose unpublished rows the caller sees as an insider; empty (matching no row) for others. */
    public String viewerWard() {
        return viewerWard(user);
    }

    /** {@link #SQL} for rows aliased {@code alias}; bind {@code placeholder} to {@link #viewerWard()}. */
    public String sql(String alias, String placeholder) {
        return sql(user, alias, placeholder);
    }

    /** {@link #viewerWard()} for classes that hold the {@link CurrentUser} rather than this bean. */
    public static String viewerWard(CurrentUser user) {
        return user.hasRole(CurrentUser.PUBLISHER) ? user.ward().orElse("") : "";
    }

    /**
     * The rule for a list of one status (search, where the status is a filter): empty when the caller sees every row
     * in it (it is published, or they oversee); otherwise the one ward whose rows they see ("" for none: no row).
     */
    public static Optional<String> wardLimit(CurrentUser user, String status) {
        return Workflow.isPublic(status) || user.overseer() ? Optional.empty() : Optional.of(viewerWard(user));
    }

    /** {@link #sql(String, String)} for classes that hold the {@link CurrentUser} rather than this bean. */
    public static String sql(CurrentUser user, String alias, String placeholder) {
        return SQL.formatted(alias, placeholder, user.overseer() ? "TRUE" : "FALSE");
    }
}
