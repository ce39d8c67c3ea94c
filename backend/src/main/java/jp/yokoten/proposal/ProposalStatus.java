package jp.yokoten.proposal;

import java.util.List;
import java.util.Set;

/** SPEC §9: open → accepted → in_development → solved | declined | duplicate; the last three are final. */
final class ProposalStatus {
    static final String OPEN = "open";
    static final String ACCEPTED = "accepted";
    static final String IN_DEVELOPMENT = "in_development";
    static final String SOLVED = "solved";
    static final String DECLINED = "declined";
    static final String DUPLICATE = "duplicate";
    /** In order: a change may only move right, and skipping steps is allowed (an idea solved by an existing template). */
    static final List<String> ALL = List.of(OPEN, ACCEPTED, IN_DEVELOPMENT, SOLVED, DECLINED, DUPLICATE);
    private static final Set<String> CLOSED = Set.of(SOLVED, DECLINED, DUPLICATE);

    private ProposalStatus() {}

    static boolean closed(String status) {
        return CLOSED.contains(status);
    }

    static boolean needsAnswer(String status) {
        return CLOSED.contains(status);
    }

    static boolean forward(String from, String to) {
        return !closed(from) && (closed(to) || ALL.indexOf(to) > ALL.indexOf(from));
    }
}
