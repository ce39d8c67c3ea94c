package jp.yokoten.search.memory;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The published templates' search data of one API replica: per template an ordinal with its facet values (as codes),
 * counters and dates in parallel arrays, and per token hash the ordinals whose field holds it (postings: every field,
 * the title, the tags, the summary). An edit that changes tokens or facets gives the template a new ordinal and marks
 * the old one dead ({@link #live}); counters change in place. Queries run on {@link Searcher}.
 * Size at the benchmark's 100,000 templates (≈ 136 tokens each, ≈ 55 of them in title, tags and summary): postings
 * ≈ 4 B × 190 ≈ 760 B and columns ≈ 100 B per template, ≈ 90 MB in all. Not thread-safe: {@link SearchMemory} guards it.
 */
final class PublishedIndex {
    static final int NONE = -1;

    /** One template_search row as the index takes it (token hashes; tags normalised). */
    record Row(UUID id, String platform, String category, String ward, String process, String[] tags, int adoptions,
            double rating, int ratings, long publishedMicros, int[] tokens, int[] titleTokens, int[] tagTokens, int[] summaryTokens) {
        long fingerprint() {
            long h = Arrays.hashCode(tokens);
            h = h * 31 + Arrays.hashCode(titleTokens);
            h = h * 31 + Arrays.hashCode(tagTokens);
            h = h * 31 + Arrays.hashCode(summaryTokens);
            h = h * 31 + Arrays.hashCode(new Object[] {platform, category, ward, process, publishedMicros});
            return h * 31 + Arrays.hashCode(tags);
        }
    }

    /** A growable list of ordinals, ascending (ordinals are only ever appended). */
    static final class Postings {
        int[] ords = new int[4];
        int n;

        void add(int ord) {
            if (n == ords.length) {
                ords = Arrays.copyOf(ords, Math.max(4, n * 2));
            }
            ords[n++] = ord;
        }
    }

    /** Distinct values of one dimension as dense codes. */
    static final class Dictionary {
        final Map<String, Integer> codes = new HashMap<>();
        final List<String> values = new ArrayList<>();

        int code(String value) {
            return value == null ? NONE : codes.computeIfAbsent(value, v -> {
                values.add(v);
                return values.size() - 1;
            });
        }

        int find(String value) {
            return value == null ? NONE : codes.getOrDefault(value, -2); // -2: a value no template has
        }
    }

    final Dictionary platforms = new Dictionary();
    final Dictionary categories = new Dictionary();
    final Dictionary wards = new Dictionary();
    final Dictionary processes = new Dictionary();
    final Dictionary tagValues = new Dictionary();
    final Map<Integer, Postings> all = new HashMap<>();
    final Map<Integer, Postings> title = new HashMap<>();
    final Map<Integer, Postings> tags = new HashMap<>();
    final Map<Integer, Postings> summary = new HashMap<>();
    private final Map<UUID, Integer> ordinals = new HashMap<>();

    int size;
    int dead;
    long changes; // rows applied since the index was built: answers computed before a change are stale after it
    long[] idHi = new long[16];
    long[] idLo = new long[16];
    int[] platform = new int[16];
    int[] category = new int[16];
    int[] ward = new int[16];
    int[] process = new int[16];
    int[][] tagCodes = new int[16][];
    int[] adoptions = new int[16];
    double[] rating = new double[16]; // NaN: no rating yet (SQL NULL)
    int[] ratings = new int[16];
    long[] published = new long[16]; // Long.MIN_VALUE: never published (SQL NULL)
    long[] fingerprint = new long[16];
    long[] live = new long[1];

    /** Adds, replaces or (when {@code published} is false) removes one template. */
    void apply(UUID id, boolean isPublished, Row row) {
        changes++;
        Integer old = ordinals.get(id);
        if (old != null && isPublished && fingerprint[old] == row.fingerprint()) {
            adoptions[old] = row.adoptions();
            rating[old] = row.rating();
            ratings[old] = row.ratings();
            return;
        }
        if (old != null) {
            live[old >>> 6] &= ~(1L << old);
            ordinals.remove(id);
            dead++;
        }
        if (isPublished) {
            add(row);
        }
    }

    private void add(Row r) {
        int o = size++;
        if (o == idHi.length) {
            grow(o * 2);
        }
        if ((o >>> 6) >= live.length) {
            live = Arrays.copyOf(live, live.length * 2);
        }
        idHi[o] = r.id().getMostSignificantBits();
        idLo[o] = r.id().getLeastSignificantBits();
        platform[o] = platforms.code(r.platform());
        category[o] = categories.code(r.category());
        ward[o] = wards.code(r.ward());
        process[o] = processes.code(r.process());
        tagCodes[o] = Arrays.stream(r.tags()).mapToInt(tagValues::code).toArray(); // as unnest(tags) counts them
        adoptions[o] = r.adoptions();
        rating[o] = r.rating();
        ratings[o] = r.ratings();
        published[o] = r.publishedMicros();
        fingerprint[o] = r.fingerprint();
        live[o >>> 6] |= 1L << o;
        ordinals.put(r.id(), o);
        post(all, r.tokens(), o);
        post(title, r.titleTokens(), o);
        post(tags, r.tagTokens(), o);
        post(summary, r.summaryTokens(), o);
    }

    private static void post(Map<Integer, Postings> postings, int[] tokens, int o) {
        int[] distinct = Arrays.stream(tokens).distinct().toArray();
        for (int t : distinct) {
            postings.computeIfAbsent(t, k -> new Postings()).add(o);
        }
    }

    private void grow(int capacity) {
        idHi = Arrays.copyOf(idHi, capacity);
        idLo = Arrays.copyOf(idLo, capacity);
        platform = Arrays.copyOf(platform, capacity);
        category = Arrays.copyOf(category, capacity);
        ward = Arrays.copyOf(ward, capacity);
        process = Arrays.copyOf(process, capacity);
        tagCodes = Arrays.copyOf(tagCodes, capacity);
        adoptions = Arrays.copyOf(adoptions, capacity);
        rating = Arrays.copyOf(rating, capacity);
        ratings = Arrays.copyOf(ratings, capacity);
        published = Arrays.copyOf(published, capacity);
        fingerprint = Arrays.copyOf(fingerprint, capacity);
    }

    /** Drops the growth room of every postings list (after a full load; later appends grow them again). */
    void trim() {
        for (Map<Integer, Postings> postings : List.of(all, title, tags, summary)) {
            for (Postings p : postings.values()) {
                p.ords = Arrays.copyOf(p.ords, p.n);
            }
        }
    }

    UUID id(int o) {
        return new UUID(idHi[o], idLo[o]);
    }

    Integer ordinal(UUID id) {
        return ordinals.get(id);
    }

    int liveCount() {
        return ordinals.size();
    }

    /** True when dead ordinals are worth a rebuild (they cost postings memory and bitset work). */
    boolean wasteful() {
        return dead > 1_000 && dead > size / 10;
    }

    /**
     * The ordinals whose postings hold every hash, as a bitset; null when none can match. Shortest list first; each
     * further list keeps the ordinals already set, so the cost is the lists' total length (merging broad bigrams such as
     * 国民/健康/保険 by binary search cost ≈ 2 ms a request).
     */
    long[] every(Map<Integer, Postings> postings, int[] hashes) {
        Postings[] lists = new Postings[hashes.length];
        for (int i = 0; i < hashes.length; i++) {
            lists[i] = postings.get(hashes[i]);
            if (lists[i] == null) {
                return null;
            }
        }
        Arrays.sort(lists, (a, b) -> Integer.compare(a.n, b.n));
        long[] bits = new long[live.length];
        for (int i = 0; i < lists[0].n; i++) {
            bits[lists[0].ords[i] >>> 6] |= 1L << lists[0].ords[i];
        }
        long[] kept = lists.length > 1 ? new long[live.length] : null;
        for (int j = 1; j < lists.length; j++) {
            Arrays.fill(kept, 0);
            for (int i = 0; i < lists[j].n; i++) {
                int o = lists[j].ords[i];
                kept[o >>> 6] |= bits[o >>> 6] & (1L << o);
            }
            long[] swap = bits;
            bits = kept;
            kept = swap;
        }
        return bits;
    }
}
