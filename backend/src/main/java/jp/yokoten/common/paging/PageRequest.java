package jp.yokoten.common.paging;

import java.util.ArrayList;
import java.util.List;
import jp.yokoten.common.error.InvalidInput;
import jp.yokoten.common.error.Problem;

/** Validated paging parameters (SPEC §5): page from 0, size 1–100, default 20. */
public record PageRequest(int page, int size) {
    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;
    /**
     * Deepest first row a page may start at. SPEC §7's largest list is 1,000,000 ratings (all of them could be on
     * one template) and the audit log grows by a few entries per action, so ten million lets every real list be
     * paged to its end, while keeping OFFSET far from int overflow and from scans nobody pages through by hand.
     */
    public static final long MAX_OFFSET = 10_000_000L;

    /** Parsed here rather than by JAX-RS, which answers 404 to a query parameter that is not a number. */
    public static PageRequest of(String page, String size) {
        List<Problem.FieldError> errors = new ArrayList<>();
        int p = parse(page, 0, "page", errors);
        int s = parse(size, DEFAULT_SIZE, "size", errors);
        if (p < 0 && errors.isEmpty()) {
            errors.add(new Problem.FieldError("page", "must be 0 or more"));
        }
        if (s < 1 || s > MAX_SIZE) {
            errors.add(new Problem.FieldError("size", "must be between 1 and " + MAX_SIZE));
        }
        if (errors.isEmpty() && (long) p * s > MAX_OFFSET) {
            errors.add(new Problem.FieldError("page", "is too deep: page × size must be at most " + MAX_OFFSET
                    + "; narrow the filters instead"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput("Invalid paging parameters.", errors);
        }
        return new PageRequest(p, s);
    }

    private static int parse(String value, int fallback, String field, List<Problem.FieldError> errors) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            errors.add(new Problem.FieldError(field, "must be a whole number"));
            return fallback;
        }
    }

    /** Below {@link #MAX_OFFSET}, so it also fits an int for callers that need one. */
    public int offset() {
        return Math.toIntExact((long) page * size);
    }
}
