package jp.yokoten.search;

import java.util.List;

/**
 * Why an item matched: the field that matched ({@code title}, {@code tags}, {@code summary} or
 * {@code description}) and a short excerpt of it cut into fragments, the matched words marked. Plain text,
 * never markup, so clients render it without trusting it.
 */
public record Highlight(String field, List<Fragment> fragments) {
    /** A piece of the excerpt; {@code match} when it is one of the query's words. */
    public record Fragment(String text, boolean match) {}
}
