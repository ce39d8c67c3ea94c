package jp.yokoten.search.memory;

import java.util.Arrays;

/**
 * The first {@code k} hits in a {@link Searcher}'s order, kept sorted while the hits stream past, each weighed by its
 * packed key ({@link Searcher#key}) and by the full comparison only where keys are equal (a page deep in the results,
 * k above {@link #KEEP_SORTED}, collects every hit and sorts once instead).
 */
final class TopK {
    static final int KEEP_SORTED = 2_048;
    private final Searcher order;
    private final int k;
    private int[] best;
    private long[] bestKey;
    private int n;

    TopK(Searcher order, int k) {
        this.order = order;
        this.k = k;
        this.best = new int[Math.min(k, 1024)];
        this.bestKey = new long[best.length];
    }

    /** True when hit {@code o} (key {@code ko}) comes before the kept hit at {@code i}. */
    private boolean before(int o, long ko, int i) {
        return ko != bestKey[i] ? ko > bestKey[i] : order.compare(o, best[i]) < 0;
    }

    void offer(int o, long ko) {
        if (k > KEEP_SORTED) {
            if (n == best.length) {
                best = Arrays.copyOf(best, n * 2);
            }
            best[n++] = o;
            return;
        }
        if (n == k && !before(o, ko, n - 1)) {
            return;
        }
        int lo = 0;
        int hi = n;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (before(o, ko, mid)) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        if (n < k) {
            if (n == best.length) {
                best = Arrays.copyOf(best, Math.min(k, n * 2));
                bestKey = Arrays.copyOf(bestKey, best.length);
            }
            n++;
        }
        System.arraycopy(best, lo, best, lo + 1, n - 1 - lo);
        System.arraycopy(bestKey, lo, bestKey, lo + 1, n - 1 - lo);
        best[lo] = o;
        bestKey[lo] = ko;
    }

    /**
     * Offers every ordinal of a bitset, of field class {@code rank} by relevance (a loop of its own: a shared one
     * with a lambda would not inline the offer). A hit whose key is below the page's last is dropped right here.
     */
    void offerAll(long[] bits, int rank) {
        for (int w = 0; w < bits.length; w++) {
            for (long word = bits[w]; word != 0; word &= word - 1) {
                int o = (w << 6) + Long.numberOfTrailingZeros(word);
                long ko = order.key(o, rank);
                if (k > KEEP_SORTED || n < k || ko >= bestKey[n - 1]) {
                    offer(o, ko);
                }
            }
        }
    }

    boolean full() {
        return n >= k;
    }

    int[] sorted() {
        if (k <= KEEP_SORTED) {
            return Arrays.copyOf(best, n);
        }
        return Arrays.stream(best, 0, n).boxed().sorted(order::compare).limit(k).mapToInt(Integer::intValue).toArray();
    }
}
