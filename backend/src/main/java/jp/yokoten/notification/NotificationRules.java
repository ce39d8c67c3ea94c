package jp.yokoten.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;
import java.util.ArrayList;
import jp.yokoten.award.AwardPhaseChanged;
import jp.yokoten.common.security.CurrentUser;
import jp.yokoten.proposal.ProposalStatusChanged;
import jp.yokoten.rating.RatingGiven;
import jp.yokoten.review.ReviewEvent;

/**
 * The SPEC §11 table: which event tells whom. Each rule observes a feature's synchronous CDI event inside
 * that feature's transaction and hands a {@link Notice} and an {@link Audience} to the {@link Notifier}.
 */
@ApplicationScoped
public class NotificationRules {
    @Inject
    Notifier notifier;

    @Inject
    EntityManager em;

    @Inject
    CurrentUser user;

    /** Submissions reach every reviewer; decisions the submitter and the owning ward's publishers. */
    void onReview(@Observes ReviewEvent e) {
        String kind = e.subjectType() + "." + e.action();
        NotificationDetail detail = new NotificationDetail(e.versionLabel(), e.reasons().isEmpty() ? null : e.reasons(), e.comment(), null, null);
        if (ReviewEvent.SUBMITTED.equals(e.action())) {
            notifier.notify(new Notice(kind, e.subjectType(), e.subjectId(), e.title(), "/reviews", e.actor(), e.actorName(), detail),
                    Audience.role(CurrentUser.REVIEWER));
            return;
        }
        String ownersPage = switch (e.subjectType()) {
            case "story" -> "/publish/stories/" + e.subjectId();
            case "article" -> "/publish/articles/" + e.subjectId();
            default -> "/publish/" + e.subjectId();
        };
        notifier.notify(new Notice(kind, e.subjectType(), e.subjectId(), e.title(), ownersPage, e.actor(), e.actorName(), detail),
                Audience.subject(e.submittedBy()).and(Audience.wardRole(e.ownerWard(), CurrentUser.PUBLISHER)));
        if (ReviewEvent.APPROVED.equals(e.action()) && e.subjectVersion() != null) {
            notifier.notify(new Notice("template.version-available", "template", e.subjectId(), e.title(), "/templates/" + e.subjectId(),
                    e.actor(), e.actorName(), new NotificationDetail(e.versionLabel(), null, null, null, null)),
                    Audience.subjects(adoptersOfOlderVersions(e.subjectId(), e.subjectVersion())));
        }
    }

    /** A rating or its comment reaches the owning ward's publishers. */
    void onRating(@Observes RatingGiven e) {
        notifier.notify(new Notice("template.rated", "template", e.templateId(), e.title(), "/templates/" + e.templateId(), e.rater(),
                e.raterName(), new NotificationDetail(null, null, e.comment(), e.stars(), null)),
                Audience.wardRole(e.ownerWard(), CurrentUser.PUBLISHER));
    }

    /**
     * Who recorded an adoption of an older version that is still in use. Plain SQL over adoption and
     * template_version (AdoptionService has no such read; the version order is the table's major/minor/patch).
     */
    private List<String> adoptersOfOlderVersions(UUID templateId, UUID approvedVersion) {
        @SuppressWarnings("unchecked")
        List<String> subjects = em.createNativeQuery("""
                SELECT DISTINCT a.recorded_by FROM adoption a
                JOIN template_version av ON av.id = a.version_id
                JOIN template_version nv ON nv.id = ?2
                WHERE a.template_id = ?1 AND a.status <> 'discontinued'
                  AND (av.major, av.minor, av.patch) < (nv.major, nv.minor, nv.patch)""")
                .setParameter(1, templateId).setParameter(2, approvedVersion).getResultList();
        return subjects;
    }

    /** A proposal's new status reaches its author and supporters (SPEC §9, §11). */
    void onProposalStatus(@Observes ProposalStatusChanged e) {
        List<String> recipients = new ArrayList<>(e.supporterSubjects());
        recipients.add(e.authorSubject());
        notifier.notify(new Notice("proposal.status", "proposal", e.proposalId(), e.title(), "/proposals/" + e.proposalId(),
                user.subject(), user.displayName(), new NotificationDetail(null, null, e.answer(), null, e.toStatus())),
                Audience.subjects(recipients));
    }

    /** An award round's move: publishers when it opens, judges when judging starts, entrants at publication (SPEC §8, §11). */
    void onAwardPhase(@Observes AwardPhaseChanged e) {
        Audience audience = switch (e.to()) {
            case "open" -> Audience.role(CurrentUser.PUBLISHER);
            case "judging" -> Audience.role(CurrentUser.AWARD_COMMITTEE);
            case "published" -> Audience.subjects(e.entrantSubjects());
            default -> null;
        };
        if (audience != null) {
            notifier.notify(new Notice("award.phase", "award", e.roundId(), e.title(), "/awards/" + e.roundId(), user.subject(),
                    user.displayName(), new NotificationDetail(null, null, null, null, e.to())), audience);
        }
    }
}
