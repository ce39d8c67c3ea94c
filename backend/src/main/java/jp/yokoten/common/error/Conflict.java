package jp.yokoten.common.error;

/** The request is well-formed but clashes with the current state of the object. */
public class Conflict extends ApiException {
    public Conflict(String detail) {
        super(409, "conflict", "Conflict", detail, null);
    }
}
