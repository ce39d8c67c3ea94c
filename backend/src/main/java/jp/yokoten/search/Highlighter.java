package jp.yokoten.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Marks a query's words in the first field that holds them all (title, tags, summary, description; else the
 * first that holds any), in a short excerpt around the first match. Matching happens on the NFKC text
 * lower-cased code point by code point, so offsets line up with the NFKC text that is shown: full-width
 * input finds and marks half-width text alike.
 */
final class Highlighter {
    static final int EXCERPT = 80;
    static final int BEFORE = 20;

    private Highlighter() {}

    static Highlight highlight(List<String> words, String[][] fields) {
        if (words.isEmpty()) {
            return null;
        }
        for (boolean needAll : new boolean[] {true, false}) {
            for (String[] f : fields) {
                Highlight h = mark(words, f[0], f[1], needAll);
                if (h != null) {
                    return h;
                }
            }
        }
        return null;
    }

    /**
     * The highlight when one of the first {@code known} fields holds every word: the fields after them cannot change it
     * then, so a caller without the later ones (the search memory holds short descriptions only) need not read them.
     * Null otherwise.
     */
    static Highlight holdingAll(List<String> words, String[][] fields, int known) {
        for (int i = 0; i < known; i++) {
            Highlight h = mark(words, fields[i][0], fields[i][1], true);
            if (h != null) {
                return h;
            }
        }
        return null;
    }

    private static Highlight mark(List<String> words, String field, String value, boolean needAll) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        int[] shown = Normalizer.normalize(value, Normalizer.Form.NFKC).codePoints().toArray();
        int[] folded = java.util.Arrays.stream(shown).map(Character::toLowerCase).toArray();
        boolean[] marked = new boolean[shown.length];
        int found = 0;
        int first = Integer.MAX_VALUE;
        for (String w : words) {
            int[] word = w.codePoints().toArray();
            boolean any = false;
            for (int i = indexOf(folded, word, 0); i >= 0; i = indexOf(folded, word, i + 1)) {
                any = true;
                first = Math.min(first, i);
                for (int k = i; k < i + word.length; k++) {
                    marked[k] = true;
                }
            }
            found += any ? 1 : 0;
        }
        if (found == 0 || needAll && found < words.size()) {
            return null;
        }
        int start = Math.max(0, Math.min(first - BEFORE, shown.length - EXCERPT));
        int end = Math.min(shown.length, start + EXCERPT);
        List<Highlight.Fragment> fragments = new ArrayList<>();
        StringBuilder run = new StringBuilder(start > 0 ? "…" : "");
        boolean inMatch = false;
        for (int i = start; i < end; i++) {
            if (marked[i] != inMatch && !run.isEmpty()) {
                fragments.add(new Highlight.Fragment(run.toString(), inMatch));
                run.setLength(0);
            }
            inMatch = marked[i];
            run.appendCodePoint(shown[i]);
        }
        if (end < shown.length) {
            if (inMatch) {
                fragments.add(new Highlight.Fragment(run.toString(), true));
                run.setLength(0);
                inMatch = false;
            }
            run.append('…');
        }
        if (!run.isEmpty()) {
            fragments.add(new Highlight.Fragment(run.toString(), inMatch));
        }
        return new Highlight(field, fragments);
    }

    private static int indexOf(int[] text, int[] word, int from) {
        outer:
        for (int i = from; i + word.length <= text.length; i++) {
            for (int k = 0; k < word.length; k++) {
                if (text[i + k] != word[k]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
