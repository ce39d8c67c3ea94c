package jp.yokoten.common.error;

/** The object does not exist, or the caller may not know that it exists (SPEC §4: 404, not 403). */
public class NotFound extends ApiException {
    public NotFound(String detail) {
        super(404, "not-found", "Not found", detail, null);
    }
}
