package jp.yokoten.review;

import java.util.List;
import java.util.UUID;

/**
 * Fired synchronously inside the transaction when something is submitted for review or decided
 * (action {@code submitted}, {@code approved}, {@code rejected}); observers (notification/) act in that same
 * transaction, so a rolled-back submission or decision leaves no trace of them either.
 */
public record ReviewEvent(String action, String subjectType, UUID subjectId, UUID subjectVersion, String versionLabel,
        String ownerWard, String title, String submittedBy, String actor, String actorName, List<String> reasons, String comment) {
    public static final String SUBMITTED = "submitted";
    public static final String APPROVED = "approved";
    public static final String REJECTED = "rejected";

    static ReviewEvent submitted(Review r) {
        return new ReviewEvent(SUBMITTED, r.subjectType, r.subjectId, r.subjectVersion, r.versionLabel, r.ownerWard, r.title,
                r.submittedBy, r.submittedBy, r.submittedByName, List.of(), null);
    }

    static ReviewEvent decided(Review r) {
        return new ReviewEvent("approve".equals(r.decision) ? APPROVED : REJECTED, r.subjectType, r.subjectId, r.subjectVersion,
                r.versionLabel, r.ownerWard, r.title, r.submittedBy, r.decidedBy, r.decidedByName, r.reasons, r.comment);
    }
}
