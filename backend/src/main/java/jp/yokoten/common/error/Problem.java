package jp.yokoten.common.error;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * RFC 9457 problem details, the body of every error answer. {@code findings} carries a feature's own list for the
 * problem types that have one (unjustified-findings); typed loosely so that this layer imports no feature.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)

public record Problem(String type, String title, int status, String detail, List<FieldError> errors,
        List<?> findings) {
    public Problem(String type, String title, int status, String detail, List<FieldError> errors) {
        this(type, title, status, detail, errors, null);
    }

    public static final String TYPE_BASE = "https://yokoten.example/problems/";
    public static final String MEDIA_TYPE = "application/problem+json";

    /** One invalid field of a request: a JSON pointer-like path and what to fix. */
    public record FieldError(String field, String message) {}

    public static Problem of(int status, String type, String title, String detail) {
        return new Problem(TYPE_BASE + type, title, status, detail, null);
    }
}
