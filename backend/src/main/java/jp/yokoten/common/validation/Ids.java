package jp.yokoten.common.validation;

import java.util.UUID;
import jp.yokoten.common.error.InvalidInput;

/** Parses ids from paths and queries so a malformed one is a clear 400, not a routing 404. */
public final class Ids {
    private Ids() {}

    public static UUID uuid(String value, String field) {
        try {
            if (value != null && value.length() == 36) {
                return UUID.fromString(value);
            }
        } catch (IllegalArgumentException ignored) {
            // reported below
        }
        throw new InvalidInput(field, "must be a UUID such as 3f1c2a4e-0000-4000-8000-000000000000");
    }
}
