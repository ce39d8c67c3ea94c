package jp.yokoten.search.memory;

import java.util.Arrays;

/** A growable list of ordinals, ascending (ordinals are only ever appended). */
final class Postings {
    int[] ords = new int[4];
    int n;

    void trim() {
        ords = Arrays.copyOf(ords, n);
    }

    int last() {
        return n == 0 ? -1 : ords[n - 1];
    }

    void add(int ord) {
        if (n == ords.length) {
            ords = Arrays.copyOf(ords, Math.max(4, n * 2));
        }
        ords[n++] = ord;
    }
}
