package jp.yokoten.common.error;

/** The caller is known and may see the object, but may not do this to it. */
public class Forbidden extends ApiException {
    public Forbidden(String detail) {
        super(403, "forbidden", "Forbidden", detail, null);
    }
}
