package jp.yokoten.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import jp.yokoten.common.validation.Ids;
import jp.yokoten.common.error.InvalidInput;
import jp.yokoten.common.error.Problem;
import jp.yokoten.common.paging.PageRequest;

/** A validated search request: text, filters, sort and page (SPEC §6). */
public record SearchQuery(String text, String platform, String category, String ward, String tag, UUID process,
        String status, String sort, PageRequest paging) {
    public static final Set<String> SORTS = Set.of("relevance", "newest", "adopted", "rated");
    public static final Set<String> STATUSES = Set.of("published", "draft", "in_review", "rejected", "archived");
    static final int MAX_TEXT = 200;

    /** Checks what needs no database; known values of platform, category and ward are checked by the service. */
    public static SearchQuery of(String q, String platform, String category, String ward, String tag, String process,
            String status, String sort, PageRequest paging) {
        List<Problem.FieldError> errors = new ArrayList<>();
        String text = q == null || q.isBlank() ? null : q.strip();
        if (text != null && text.length() > MAX_TEXT) {
            errors.add(new Problem.FieldError("q", "must be at most " + MAX_TEXT + " characters"));
        }
        for (String[] p : new String[][] {{"q", text}, {"platform", platform}, {"category", category}, {"ward", ward}, {"tag", tag}}) {
            if (p[1] != null && p[1].codePoints().anyMatch(c -> Character.getType(c) == Character.CONTROL)) {
                errors.add(new Problem.FieldError(p[0], "must not contain control characters"));
            }
        }
        if (tag != null && tag.length() > 30) {
            errors.add(new Problem.FieldError("tag", "must be at most 30 characters"));
        }
        String s = sort == null || sort.isBlank() ? (text == null ? "newest" : "relevance") : sort;
        if (!SORTS.contains(s)) {
            errors.add(new Problem.FieldError("sort", "must be one of relevance, newest, adopted, rated"));
        }
        String st = status == null || status.isBlank() ? "published" : status;
        if (!STATUSES.contains(st)) {
            errors.add(new Problem.FieldError("status", "must be one of published, draft, in_review, rejected, archived"));
        }
        UUID processId = null;
        if (process != null && !process.isBlank()) {
            try {
                processId = Ids.uuid(process.strip(), "process");
            } catch (InvalidInput e) {
                errors.add(new Problem.FieldError("process", "must be the UUID of a process; see GET /api/v1/processes"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput("Invalid search parameters.", errors);
        }
        if ("relevance".equals(s) && text == null) {
            s = "newest"; // nothing to be relevant to
        }
        return new SearchQuery(text, blank(platform), blank(category), blank(ward), blank(tag), processId, st, s, paging);
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
