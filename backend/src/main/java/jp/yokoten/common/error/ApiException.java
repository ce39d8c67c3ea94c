package jp.yokoten.common.error;

import java.util.List;

/** A failure caused by the client's request; {@link ProblemMapper} renders it as problem+json. */
public abstract class ApiException extends RuntimeException {
    private final int status;
    private final String type;
    private final String title;
    private final List<Problem.FieldError> errors;

    protected ApiException(int status, String type, String title, String detail, List<Problem.FieldError> errors) {
        super(detail);
        this.status = status;
        this.type = type;
        this.title = title;
        this.errors = errors;
    }

    public Problem toProblem() {
        return new Problem(Problem.TYPE_BASE + type, title, status, getMessage(), errors == null || errors.isEmpty() ? null : errors);
    }

    public int status() {
        return status;
    }
}
