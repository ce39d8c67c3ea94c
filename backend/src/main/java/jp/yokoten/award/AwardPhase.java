package jp.yokoten.award;

import java.util.List;
import java.util.Optional;

/** The phases of a round, in their only order: admin moves a round to the next one, never back. */
public final class AwardPhase {
    public static final String DRAFT = "draft";
    public static final String OPEN = "open";
    public static final String JUDGING = "judging";
    public static final String DECIDED = "decided";
    public static final String PUBLISHED = "published";
    public static final List<String> ORDER = List.of(DRAFT, OPEN, JUDGING, DECIDED, PUBLISHED);

    private AwardPhase() {}

    public static Optional<String> next(String phase) {
        int i = ORDER.indexOf(phase);
        return i >= 0 && i + 1 < ORDER.size() ? Optional.of(ORDER.get(i + 1)) : Optional.empty();
    }

    /** True from {@code phase} on (e.g. results exist from decided). */
    public static boolean reached(String current, String phase) {
        return ORDER.indexOf(current) >= ORDER.indexOf(phase);
    }
}
