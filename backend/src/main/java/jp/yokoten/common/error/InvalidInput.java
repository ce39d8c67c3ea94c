package jp.yokoten.common.error;

import java.util.List;

/** The request itself is wrong; {@code errors} names each offending field. */
public class InvalidInput extends ApiException {
    public InvalidInput(String detail, List<Problem.FieldError> errors) {
        super(400, "invalid-input", "Invalid input", detail, errors);
    }

    public InvalidInput(String field, String message) {
        this("The request has an invalid field.", List.of(new Problem.FieldError(field, message)));
    }
}
