package jp.yokoten.search.memory;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.yokoten.search.FacetCount;
import jp.yokoten.search.TemplateSummary;

/**
 * Answers one published-template search from a {@link PublishedIndex}, as TemplateSearchSql would: every query token in
 * the template's tokens (AND), filters per dimension, the page in the sort's order, the exact total, and each facet
 * counted under the other filters. Hits, filters and facet values are bitsets over ordinals, so filters and facets cost
 * word operations (64 templates each), not a visit per hit; only the tag facet and the page visit hits. Orders
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

    /**
     * The page's templates in order (without highlights) and their descriptions where the index holds them (null where
     * not: see {@link PublishedIndex.Listing}), the total and the facets (keyed as the SQL path keys them).
     */
    public record Answer(List<TemplateSummary> page, List<String> descriptions, long total, Map<String, List<FacetCount>> facets) {}

    private static final int NEWEST = 0;
    private static final int ADOPTED = 1;
    private static final int RATED = 2;

    private final PublishedIndex ix;
    private final Query q;
    private final boolean relevance;
    private final int sort;
    private long[] inTitle;
    private long[] inTags;
    private long[] inSummary;

    Searcher(PublishedIndex ix, Query q) {
        this.ix = ix;
        this.q = q;
        this.relevance = "relevance".equals(q.sort());
        this.sort = switch (q.sort()) {
            case "adopted" -> ADOPTED;
            case "rated" -> RATED;
            default -> NEWEST;
        };
    }

    Answer run() {
        long[] hits = q.hashes().length == 0 ? ix.live : ix.every(ix.all, q.hashes());
        if (hits == null) {
            return new Answer(List.of(), List.of(), 0, emptyFacets());
        }
        int words = ix.live.length;
        Dictionary[] dims = {ix.platforms, ix.categories, ix.wards, ix.processes, ix.tagValues};
        String[] wanted = {q.platform(), q.category(), q.ward(), q.process(), q.tag()};
        long[][] filter = new long[5][];
        long[][] counts = new long[5][];
        for (int d = 0; d < 5; d++) {
            filter[d] = wanted[d] == null ? null : dims[d].members(dims[d].find(wanted[d]), words);
            counts[d] = new long[dims[d].values.size()];
        }
        long[] matched = new long[words]; // hits that pass every filter: the total and the page
        long[] tagBase = filter[4] == null ? matched : new long[words]; // hits that pass every filter but the tag's
        long total = 0;
        // Word by word: a facet counts the hits that pass the other dimensions' filters, value by value (popcount).
        for (int w = 0; w < words; w++) {
            long h = hits[w] & ix.live[w];
            if (h == 0) {
                continue;
            }
            long f0 = at(filter[0], w);
            long f1 = at(filter[1], w);
            long f2 = at(filter[2], w);
            long f3 = at(filter[3], w);
            long withTag = h & at(filter[4], w);
            matched[w] = withTag & f0 & f1 & f2 & f3;
            total += Long.bitCount(matched[w]);
            tagBase[w] = h & f0 & f1 & f2 & f3;
            countValues(dims[0], counts[0], w, withTag & f1 & f2 & f3);
            countValues(dims[1], counts[1], w, withTag & f0 & f2 & f3);
            countValues(dims[2], counts[2], w, withTag & f0 & f1 & f3);
            countValues(dims[3], counts[3], w, withTag & f0 & f1 & f2);
        }
        forEach(tagBase, o -> {
            for (int i = ix.tagStart[o]; i < ix.tagStart[o + 1]; i++) {
                counts[4][ix.tagCode[i]]++;
            }
        });
        int[] ordered = page(matched);
        List<TemplateSummary> page = new ArrayList<>();
        List<String> descriptions = new ArrayList<>();
        for (int i = q.offset(); i < ordered.length; i++) {
            page.add(ix.summary(ordered[i]));
            descriptions.add(ix.listing[ordered[i]].description());
        }
        return new Answer(page, descriptions, total, facets(counts));
    }

    private static long at(long[] filter, int w) {
        return filter == null ? -1L : filter[w];
    }

    private static void countValues(Dictionary d, long[] counts, int w, long hits) {
        if (hits != 0) {
            long[] grid = d.grid;
            int at = w * d.stride;
            if (at < grid.length) { // beyond: no template has a value of this dimension there yet
                for (int v = 0; v < counts.length; v++) {
                    counts[v] += Long.bitCount(hits & grid[at + v]);
                }
            }
        }
    }

    private static void forEach(long[] bits, java.util.function.IntConsumer action) {
        for (int w = 0; w < bits.length; w++) {
            for (long word = bits[w]; word != 0; word &= word - 1) {
                action.accept((w << 6) + Long.numberOfTrailingZeros(word));
            }
        }
    }

    /**
     * The first offset + size matches in the query's order. By relevance the matches are offered field class by field
     * class (title, then tags, summary, the rest): every hit of a class ranks before every hit of the next, so once a
     * class fills the page the later classes are neither offered nor even looked up (税 or 申請: the page comes from
     * their title hits, and the tag and summary postings are never read).
     */
    private int[] page(long[] matched) {
        TopK top = new TopK(this, q.offset() + q.size());
        if (q.hashes().length == 0 || !relevance) {
            top.offerAll(matched, 0);
            return top.sorted();
        }
        long[] inClass = new long[matched.length];
        for (int rank = 3; rank >= 0 && !top.full(); rank--) {
            switch (rank) {
                case 3 -> inTitle = ix.every(ix.title, q.hashes());
                case 2 -> inTags = ix.every(ix.tags, q.hashes());
                case 1 -> inSummary = ix.every(ix.summary, q.hashes());
                default -> { }
            }
            for (int w = 0; w < matched.length; w++) {
                long t = at0(inTitle, w);
                long g = at0(inTags, w);
                long s = at0(inSummary, w);
                long of = switch (rank) {
                    case 3 -> t;
                    case 2 -> g & ~t;
                    case 1 -> s & ~t & ~g;
                    default -> ~(t | g | s);
                };
                inClass[w] = matched[w] & of;
            }
            top.offerAll(inClass, rank);
        }
        return top.sorted();
    }

    private static long at0(long[] bits, int w) {
        return bits == null ? 0 : bits[w];
    }

    private Map<String, List<FacetCount>> facets(long[][] counts) {
        Dictionary[] dictionaries = {ix.platforms, ix.categories, ix.wards, ix.processes, ix.tagValues};
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

    /**
     * Field weight of a hit by relevance: every query token in the title 3, tags 2, summary 1, else 0. Only hits of the
     * classes looked up so far are compared (see {@link #page}), so a field not yet looked up is never asked.
     */
    private int rank(int o) {
        return has(inTitle, o) ? 3 : has(inTags, o) ? 2 : has(inSummary, o) ? 1 : 0;
    }

    /**
     * The query's order coarsened into one number, larger first: a larger key always comes first, and only equal keys
     * need {@link #compare} (ties and what the key had no room for: it rounds, never reorders). So a hit is weighed
     * against the page's last by one comparison of numbers, read from one array the index keeps with the counters
     * ({@link PublishedIndex#sortKeys}) — a broad word sorted by adoptions offers ≈ 40,000 hits, most of them tied on
     * their count, which compare() had to break by id one call at a time. {@code rank}: the hit's field class by
     * relevance (see {@link #page}), above the index's relevance key.
     */
    long key(int o, int rank) {
        if (relevance) {
            return (long) rank << 61 | ix.relevanceKey[o];
        }
        return switch (sort) {
            case ADOPTED -> ix.adoptedKey[o];
            case RATED -> ix.ratedKey[o];
            default -> ix.published[o]; // NULL (never published) is Long.MIN_VALUE: last
        };
    }

    /** Negative when template {@code a} comes before {@code b} in the query's order (the full order; see {@link #key}). */
    int compare(int a, int b) {
        int c = relevance ? byRelevance(a, b) : switch (sort) {
            case ADOPTED -> Integer.compare(ix.adoptions[b], ix.adoptions[a]);
            case RATED -> Long.compare(((long) ix.rating[b] << 32) + ix.ratings[b], ((long) ix.rating[a] << 32) + ix.ratings[a]);
            default -> newestFirst(a, b);
        };
        return c != 0 ? c : ix.compareIds(a, b);
    }

    private int byRelevance(int a, int b) {
        int r = Integer.compare(rank(b), rank(a));
        if (r == 0) {
            r = Integer.compare(ix.adoptions[b], ix.adoptions[a]);
        }
        if (r == 0) {
            r = Integer.compare(ix.rating[b], ix.rating[a]); // NULL is Integer.MIN_VALUE: last
        }
        return r != 0 ? r : newestFirst(a, b);
    }

    private int newestFirst(int a, int b) {
        return Long.compare(ix.published[b], ix.published[a]); // NULL is Long.MIN_VALUE: last
    }
}
