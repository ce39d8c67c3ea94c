package jp.yokoten.common.error;

/** The object existed but was deliberately removed from use (a withdrawn version's file). */
public class Gone extends ApiException {
    public Gone(String detail) {
        super(410, "gone", "Gone", detail, null);
    }
}
