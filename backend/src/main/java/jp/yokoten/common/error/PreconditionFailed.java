package jp.yokoten.common.error;

/** Optimistic locking through ETags: 428 when If-Match is missing, 412 when it names an old state. */
public class PreconditionFailed extends ApiException {
    private PreconditionFailed(int status, String type, String title, String detail) {
        super(status, type, title, detail, null);
    }

    public static PreconditionFailed required() {
        return new PreconditionFailed(428, "precondition-required", "Precondition required",
                "Send If-Match with the ETag of the version you edited, so concurrent edits cannot overwrite each other.");
    }

    /** {@code If-Match: *} matches any version, so it would defeat optimistic locking just like a missing header. */
    public static PreconditionFailed wildcard() {
        return new PreconditionFailed(428, "precondition-required", "Precondition required",
                "If-Match: * is not accepted: send If-Match with the ETag of the version you edited (from GET), "
                        + "so concurrent edits cannot overwrite each other.");
    }

    public static PreconditionFailed stale() {
        return new PreconditionFailed(412, "precondition-failed", "Precondition failed",
                "Someone changed this object after you loaded it. Reload it, reapply your change and try again.");
    }
}
