package jp.yokoten.governance;

/**
 * The governance rules a template file is checked against. High findings block submission until the
 * publisher justifies each one; medium and info findings inform the reviewer.
 */
public enum Rule {
    MY_NUMBER("personal.my-number", Severity.HIGH),
    BIRTH_DATE_WITH_NAME("personal.birth-date-with-name", Severity.HIGH),
    PHONE("personal.phone", Severity.MEDIUM),
    EMAIL("personal.email", Severity.MEDIUM),
    POSTAL_ADDRESS("personal.postal-address", Severity.MEDIUM),
    SECRET_ASSIGNMENT("secret.password-or-key", Severity.HIGH),
    SECRET_TOKEN("secret.token", Severity.HIGH),
    WEBHOOK("secret.webhook-url", Severity.HIGH),
    CONNECTION_STRING("secret.connection-string", Severity.HIGH),
    EXECUTABLE("risk.executable", Severity.HIGH),
    MACRO("risk.macro", Severity.MEDIUM),
    NESTING_LIMIT("risk.nesting-limit", Severity.MEDIUM),
    SCRIPT("risk.script", Severity.INFO),
    EXTERNAL_URL("risk.external-url", Severity.INFO);

    public enum Severity {
        HIGH, MEDIUM, INFO;

        public String id() {
            return name().toLowerCase();
        }
    }

    public final String id;
    public final Severity severity;

    Rule(String id, Severity severity) {
        this.id = id;
        this.severity = severity;
    }
}
