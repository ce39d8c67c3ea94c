package jp.yokoten.common.error;

/** An upload above the configured size limit. */
public class TooLarge extends ApiException {
    public TooLarge(String detail) {
        super(413, "too-large", "Payload too large", detail, null);
    }
}
