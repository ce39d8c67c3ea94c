package jp.yokoten.common.validation;

import java.util.List;
import jp.yokoten.common.error.InvalidInput;
import jp.yokoten.common.error.Problem;

/**
 * Length caps for free-text query parameters (SPEC §12): a 3,000-character search string costs the database
 * a tokenised scan for nothing. Each resource names its parameter and cap here, so the answer is always the same
 * 400 with a field error.
 */
public final class QueryText {
    /** Words typed into a search box. */
    public static final int SEARCH = 200;
    /** Slugs and codes: wards, platforms, categories, statuses, sorts, metrics. */
    public static final int SLUG = 64;
    /** Keycloak subjects are UUIDs; usernames are at most 255 characters in Keycloak. */
    public static final int SUBJECT = 255;

    private QueryText() {}

    /** The value as given (null when absent), or 400 when it is longer than {@code max} characters. */
    public static String capped(String value, String field, int max) {
        if (value != null && value.codePointCount(0, value.length()) > max) {
            throw new InvalidInput("Invalid query parameters.",
                    List.of(new Problem.FieldError(field, "must be at most " + max + " characters")));
        }
        return value;
    }

    /** Checks several parameters at once and names every one that is too long. Pairs of name and value. */
    public static void check(int max, String... namesAndValues) {
        List<Problem.FieldError> errors = new java.util.ArrayList<>();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            String value = namesAndValues[i + 1];
            if (value != null && value.codePointCount(0, value.length()) > max) {
                errors.add(new Problem.FieldError(namesAndValues[i], "must be at most " + max + " characters"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput("Invalid query parameters.", errors);
        }
    }
}
