package jp.yokoten.review;

import java.util.Set;
import jp.yokoten.common.error.Conflict;

/**
 * The draft → in_review → published → archived life cycle (SPEC §4) shared by templates and stories:
 * one place decides which step is allowed from which status.
 */
public final class Workflow {
    public static final String DRAFT = "draft";
    public static final String IN_REVIEW = "in_review";
    public static final String PUBLISHED = "published";
    public static final String REJECTED = "rejected";
    public static final String ARCHIVED = "archived";

    private Workflow() {}

    /** An owner's edit: allowed on drafts and rejected items; a rejected item returns to draft. */
    public static String afterEdit(String status) {
        return switch (status) {
            case DRAFT, REJECTED -> DRAFT;
            case IN_REVIEW -> throw new Conflict("The item is in review; wait for the decision before editing it.");
            case PUBLISHED -> throw new Conflict("Published items change through a new version that is reviewed again.");
            default -> throw new Conflict("Archived items cannot be edited.");
        };
    }

    /** Whether a first submission moves the item itself into review (drafts and rejected items). */
    public static boolean entersReviewOnSubmit(String status) {
        return switch (status) {
            case DRAFT, REJECTED -> true;
            case PUBLISHED -> false;
            case IN_REVIEW -> throw new Conflict("The item is already in review.");
            default -> throw new Conflict("Archived items cannot be submitted.");
        };
    }

    /** The item's status after a reviewer's decision. */
    public static String afterDecision(String status, boolean approved) {
        if (!IN_REVIEW.equals(status)) {
            return status; // a new version of a published item is decided on its own
        }
        return approved ? PUBLISHED : REJECTED;
    }

    public static void requireArchivable(String status) {
        if (ARCHIVED.equals(status)) {
            throw new Conflict("The item is archived already.");
        }
        if (IN_REVIEW.equals(status)) {
            throw new Conflict("The item is in review; a reviewer must decide before it can be archived.");
        }
    }

    public static boolean isPublic(String status) {
        return PUBLISHED.equals(status);
    }

    public static final Set<String> ALL = Set.of(DRAFT, IN_REVIEW, PUBLISHED, REJECTED, ARCHIVED);
}
