package jp.yokoten.search.memory;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jp.yokoten.search.FacetCount;

/**
 * Answers one published-template search from a {@link PublishedIndex}, as TemplateSearchSql would: every query token in
 * the template's tokens (AND), filters per dimension, the page in the sort's order, the exact total, and each facet
 * counted under the other filters (one pass: a hit that fails exactly one filter counts for that dimension only). Orders
 * and ties match the SQL: NULLs last, ids as PostgreSQL compares uuids (unsigned bytes), facet values by code point.
 */
public final class Searcher {
    static final String[] DIMENSIONS = {"platform", "category", "ward", "process", "tag"};
    static final int TAG_FACET_LIMIT = 30;

    /** A search on the index: token hashes of every word, filter values (null: none), sort and page. */
    public record Query(int[] hashes, String platform, String category, String ward, String process, String tag, String sort,
            int offset, int size) {
        /** For a query without words (browsing, with or without filters): what identifies its answer. */
        String browseKey() {
            return String.join("\u0000", String.valueOf(platform), String.valueOf(category), String.valueOf(ward),
                    String.valueOf(process), String.valueOf(tag), sort, Integer.toString(offset), Integer.toString(size));
        }
    }

    /** The page's template ids in order, the total and the facets (keyed as the SQL path keys them). */
    public record Answer(List<UUID> page, long total, Map<String, List<FacetCount>> facets) {}

    private final PublishedIndex ix;
    private final Query q;
    private long[] inTitle;
    private long[] inTags;
    private long[] inSummary;

    Searcher(PublishedIndex ix, Query q) {
        this.ix = ix;
        this.q = q;
    }

    Answer run() {
        long[] hits = q.hashes().length == 0 ? ix.live.clone() : ix.every(ix.all, q.hashes());
        if (hits == null) {
            return new Answer(List.of(), 0, emptyFacets());
        }
        if (q.hashes().length > 0) {
            for (int i = 0; i < hits.length; i++) {
                hits[i] &= ix.live[i];
            }
            if ("relevance".equals(q.sort())) {
                inTitle = ix.every(ix.title, q.hashes());
                inTags = ix.every(ix.tags, q.hashes());
                inSummary = ix.every(ix.summary, q.hashes());
            }
        }
        int[] want = {ix.platforms.find(q.platform()), ix.categories.find(q.category()), ix.wards.find(q.ward()),
            ix.processes.find(q.process()), ix.tagValues.find(q.tag())};
        long[][] counts = {new long[ix.platforms.values.size()], new long[ix.categories.values.size()],
            new long[ix.wards.values.size()], new long[ix.processes.values.size()], new long[ix.tagValues.values.size()]};
        TopK top = new TopK(q.offset() + q.size());
        long total = 0;
        for (int w = 0; w < hits.length; w++) {
            for (long word = hits[w]; word != 0; word &= word - 1) {
                int o = (w << 6) + Long.numberOfTrailingZeros(word);
                int failed = fails(o, want);
                if (failed == 0) {
                    total++;
                    top.offer(o);
                    countAll(o, counts);
                } else if (Integer.bitCount(failed) == 1) {
                    count(o, Integer.numberOfTrailingZeros(failed), counts);
                }
            }
        }
        int[] ordered = top.sorted();
        List<UUID> page = new ArrayList<>();
        for (int i = q.offset(); i < ordered.length; i++) {
            page.add(ix.id(ordered[i]));
        }
        return new Answer(page, total, facets(counts));
    }

    /** A bit per dimension whose filter the template fails. */
    private int fails(int o, int[] want) {
        int failed = 0;
        if (want[0] != PublishedIndex.NONE && ix.platform[o] != want[0]) {
            failed |= 1;
        }
        if (want[1] != PublishedIndex.NONE && ix.category[o] != want[1]) {
            failed |= 2;
        }
        if (want[2] != PublishedIndex.NONE && ix.ward[o] != want[2]) {
            failed |= 4;
        }
        if (want[3] != PublishedIndex.NONE && ix.process[o] != want[3]) {
            failed |= 8;
        }
        if (want[4] != PublishedIndex.NONE && !contains(ix.tagCodes[o], want[4])) {
            failed |= 1 << 4;
        }
        return failed;
    }

    private static boolean contains(int[] values, int v) {
        for (int x : values) {
            if (x == v) {
                return true;
            }
        }
        return false;
    }

    private void countAll(int o, long[][] counts) {
        for (int d = 0; d < 5; d++) {
            count(o, d, counts);
        }
    }

    private void count(int o, int d, long[][] counts) {
        if (d == 4) {
            for (int t : ix.tagCodes[o]) {
                counts[4][t]++;
            }
            return;
        }
        int v = switch (d) {
            case 0 -> ix.platform[o];
            case 1 -> ix.category[o];
            case 2 -> ix.ward[o];
            default -> ix.process[o];
        };
        if (v != PublishedIndex.NONE) {
            counts[d][v]++;
        }
    }

    private Map<String, List<FacetCount>> facets(long[][] counts) {
        PublishedIndex.Dictionary[] dictionaries = {ix.platforms, ix.categories, ix.wards, ix.processes, ix.tagValues};
        Map<String, List<FacetCount>> facets = new LinkedHashMap<>();
        for (int d = 0; d < 5; d++) {
            facets.put(DIMENSIONS[d], top(counts[d], dictionaries[d].values, d == 4 ? TAG_FACET_LIMIT : Integer.MAX_VALUE));
        }
        return facets;
    }

    /** The values with a count, most first then by value, at most {@code limit}: kept sorted while scanning (tags: thousands). */
    private static List<FacetCount> top(long[] counts, List<String> values, int limit) {
        List<FacetCount> best = new ArrayList<>();
        for (int v = 0; v < counts.length; v++) {
            long n = counts[v];
            if (n == 0 || best.size() == limit && !before(n, values.get(v), best.get(limit - 1))) {
                continue;
            }
            int at = best.size();
            while (at > 0 && before(n, values.get(v), best.get(at - 1))) {
                at--;
            }
            best.add(at, new FacetCount(values.get(v), n));
            if (best.size() > limit) {
                best.remove(limit);
            }
        }
        return best;
    }

    private static boolean before(long n, String value, FacetCount other) {
        return n != other.count() ? n > other.count() : byCodePoint(value, other.value()) < 0;
    }

    static Map<String, List<FacetCount>> emptyFacets() {
        Map<String, List<FacetCount>> facets = new LinkedHashMap<>();
        for (String d : DIMENSIONS) {
            facets.put(d, List.of());
        }
        return facets;
    }

    /** PostgreSQL's C.UTF-8 collation: code point order (String.compareTo differs above U+FFFF). */
    static int byCodePoint(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int x = a.codePointAt(i);
            int y = b.codePointAt(j);
            if (x != y) {
                return Integer.compare(x, y);
            }
            i += Character.charCount(x);
            j += Character.charCount(y);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }

    private static boolean has(long[] bits, int o) {
        return bits != null && (bits[o >>> 6] & (1L << o)) != 0;
    }

    /** Field weight of a hit by relevance: every query token in the title 3, tags 2, summary 1, else 0. */
    private int rank(int o) {
        return has(inTitle, o) ? 3 : has(inTags, o) ? 2 : has(inSummary, o) ? 1 : 0;
    }

    /** Negative when template {@code a} comes before {@code b} in the query's order. */
    int compare(int a, int b) {
        int c = switch (q.sort()) {
            case "adopted" -> Integer.compare(ix.adoptions[b], ix.adoptions[a]);
            case "rated" -> {
                int r = descNullsLast(ix.rating[a], ix.rating[b]);
                yield r != 0 ? r : Integer.compare(ix.ratings[b], ix.ratings[a]);
            }
            case "relevance" -> {
                int r = Integer.compare(rank(b), rank(a));
                if (r == 0) {
                    r = Integer.compare(ix.adoptions[b], ix.adoptions[a]);
                }
                if (r == 0) {
                    r = descNullsLast(ix.rating[a], ix.rating[b]);
                }
                yield r != 0 ? r : newestFirst(a, b);
            }
            default -> newestFirst(a, b);
        };
        if (c != 0) {
            return c;
        }
        c = Long.compareUnsigned(ix.idHi[a], ix.idHi[b]);
        return c != 0 ? c : Long.compareUnsigned(ix.idLo[a], ix.idLo[b]);
    }

    private int newestFirst(int a, int b) {
        long x = ix.published[a];
        long y = ix.published[b];
        if (x == y) {
            return 0;
        }
        return x == Long.MIN_VALUE ? 1 : y == Long.MIN_VALUE ? -1 : Long.compare(y, x);
    }

    private static int descNullsLast(double x, double y) {
        boolean nx = Double.isNaN(x);
        boolean ny = Double.isNaN(y);
        if (nx || ny) {
            return nx == ny ? 0 : nx ? 1 : -1;
        }
        return Double.compare(y, x);
    }

    /**
     * The first {@code k} hits in the query's order, kept sorted while the hits stream past (a page deep in the results,
     * k above {@link #KEEP_SORTED}, collects every hit and sorts once instead).
     */
    private final class TopK {
        static final int KEEP_SORTED = 2_048;
        private final int k;
        private int[] best;
        private int n;

        TopK(int k) {
            this.k = k;
            this.best = new int[Math.min(k, 1024)];
        }

        void offer(int o) {
            if (k > KEEP_SORTED) {
                if (n == best.length) {
                    best = Arrays.copyOf(best, n * 2);
                }
                best[n++] = o;
                return;
            }
            if (n == k && compare(o, best[n - 1]) >= 0) {
                return;
            }
            int lo = 0;
            int hi = n;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (compare(best[mid], o) < 0) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            if (n < k) {
                if (n == best.length) {
                    best = Arrays.copyOf(best, Math.min(k, n * 2));
                }
                n++;
            }
            System.arraycopy(best, lo, best, lo + 1, n - 1 - lo);
            best[lo] = o;
        }

        int[] sorted() {
            if (k <= KEEP_SORTED) {
                return Arrays.copyOf(best, n);
            }
            return Arrays.stream(best, 0, n).boxed().sorted(Searcher.this::compare).limit(k).mapToInt(Integer::intValue).toArray();
        }
    }
}
