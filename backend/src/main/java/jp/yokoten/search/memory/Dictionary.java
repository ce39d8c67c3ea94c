package jp.yokoten.search.memory;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * Distinct values of one dimension as dense codes, with the ordinals holding each value: as bitsets for the
 * single-valued dimensions (tens of values: a facet counts by popcount, a filter is an AND), as postings for tags
 * (thousands of values: a bitset each would cost 12 KB per value at 100,000 templates). The bitsets are stored word
 * by word ({@code grid[w * stride + code]}): a facet count reads each word's values side by side, one cache line
 * for eight values, instead of one scattered array per value (a third of the time at 40 values).
 */
final class Dictionary {
    final NavigableMap<String, Integer> codes = new TreeMap<>(Searcher::byCodePoint); // in order: suggestions by prefix
    final List<String> values = new ArrayList<>();
    private final boolean asBits;
    long[] grid = new long[0];
    int stride = 8; // room for values per word; a value beyond it lays the grid out again, twice as wide
    final List<Postings> holders = new ArrayList<>();

    Dictionary(boolean asBits) {
        this.asBits = asBits;
    }

    /** The value of a code; null for NONE. */
    String value(int code) {
        return code == PublishedIndex.NONE ? null : values.get(code);
    }

    /** The value's code, recording that ordinal {@code o} (of an index {@code words} words long) holds it; NONE for null. */
    int add(String value, int o, int words) {
        if (value == null) {
            return PublishedIndex.NONE;
        }
        int code = codes.computeIfAbsent(value, v -> {
            values.add(v);
            if (!asBits) {
                holders.add(new Postings());
            }
            return values.size() - 1;
        });
        if (asBits) {
            if (code >= stride) {
                widen(stride * 2, words);
            } else if (grid.length < words * stride) {
                grid = Arrays.copyOf(grid, words * stride);
            }
            grid[(o >>> 6) * stride + code] |= 1L << o;
        } else if (holders.get(code).last() != o) { // a tag listed twice on one template holds it once
            holders.get(code).add(o);
        }
        return code;
    }

    private void widen(int wider, int words) {
        long[] laidOut = new long[words * wider];
        for (int w = 0; w < grid.length / stride; w++) {
            System.arraycopy(grid, w * stride, laidOut, w * wider, stride);
        }
        grid = laidOut;
        stride = wider;
    }

    int find(String value) {
        return value == null ? PublishedIndex.NONE : codes.getOrDefault(value, -2); // -2: a value no template has
    }

    /** The ordinals holding the value as a bitset of {@code words} words. */
    long[] members(int code, int words) {
        long[] out = new long[words];
        if (code < 0) {
            return out;
        }
        if (asBits) {
            for (int w = 0; w < words && w * stride < grid.length; w++) {
                out[w] = grid[w * stride + code];
            }
            return out;
        }
        Postings p = holders.get(code);
        for (int i = 0; i < p.n; i++) {
            out[p.ords[i] >>> 6] |= 1L << p.ords[i];
        }
        return out;
    }
}
