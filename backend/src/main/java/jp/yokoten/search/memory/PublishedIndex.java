package jp.yokoten.search.memory;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.UUID;
import jp.yokoten.award.PrizeBadge;
import jp.yokoten.search.Suggestion;
import jp.yokoten.search.TemplateSummary;

/**
 * The published templates' search data of one API replica: per template an ordinal with its facet values (as codes),
 * counters and dates in parallel arrays, and per token hash the ordinals whose field holds it (postings: every field,
 * the title, the tags, the summary). An edit that changes tokens or facets gives the template a new ordinal and marks
 * the old one dead ({@link #live}); counters change in place. Queries run on {@link Searcher}.
 * Size at the benchmark's 100,000 templates (≈ 136 tokens each, ≈ 55 of them in title, tags and summary): postings
 * ≈ 4 B × 190 ≈ 760 B, columns ≈ 100 B, the title (for suggestions) ≈ 100 B and what a result shows (summary, tags,
 * short descriptions: {@link Listing}) ≈ 300 B per template; the API's live heap after a full GC was 172 MB in all.
 * Not thread-safe: {@link SearchMemory} guards it.
 */
final class PublishedIndex {
    static final int NONE = -1;

    /** One template_search row as the index takes it (token hashes; tags normalised), with what its result shows. */
    record Row(UUID id, String platform, String category, String ward, String process, String[] tags, int adoptions,
            double rating, int ratings, long publishedMicros, int[] tokens, int[] titleTokens, int[] tagTokens, int[] summaryTokens,
            String title, String titleNorm, Listing listing) {
        long fingerprint() {
            long h = Arrays.hashCode(tokens);
            h = h * 31 + Arrays.hashCode(titleTokens);
            h = h * 31 + Arrays.hashCode(tagTokens);
            h = h * 31 + Arrays.hashCode(summaryTokens);
            h = h * 31 + Arrays.hashCode(new Object[] {platform, category, ward, process, publishedMicros, title, titleNorm});
            return h * 31 + Arrays.hashCode(tags);
        }
    }

    /**
     * A result's fields that nothing searches by (kept per template, replaced in place like the counters), and the
     * description for a highlight when it is at most {@link #DESCRIPTION} characters long (null: longer, read when needed).
     */
    record Listing(String titleEn, String summary, List<String> tags, List<PrizeBadge> prizes, String description) {}

    /**
     * The longest description the index holds: most are shorter (the benchmark's 66 characters on average: ≈ 13 MB at
     * 100,000 templates), and the bound caps the heap at ≈ 50 MB there whatever the catalogue.
     */
    static final int DESCRIPTION = 256;

    final Dictionary platforms = new Dictionary(true);
    final Dictionary categories = new Dictionary(true);
    final Dictionary wards = new Dictionary(true);
    final Dictionary processes = new Dictionary(true);
    final Dictionary tagValues = new Dictionary(false);
    final Map<Integer, Postings> all = new HashMap<>();
    final Map<Integer, Postings> title = new HashMap<>();
    final Map<Integer, Postings> tags = new HashMap<>();
    final Map<Integer, Postings> summary = new HashMap<>();
    /** Live ordinals by normalised title, in code point order (suggestions by prefix); dead ones stay until a rebuild. */
    final NavigableMap<String, Postings> byTitle = new TreeMap<>(Searcher::byCodePoint);
    int[] tagTemplates = new int[16]; // per tag code: how many live templates hold it (search_tag_count, summed over wards)
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
    int[] tagStart = new int[17]; // template o's tag codes: tagCode[tagStart[o] .. tagStart[o + 1]), in one array (no pointer per template)
    int[] tagCode = new int[64];
    int[] adoptions = new int[16];
    int[] rating = new int[16]; // rating_avg in hundredths (numeric(3,2)); Integer.MIN_VALUE: no rating yet (SQL NULL, sorts last)
    int[] ratings = new int[16];
    long[] published = new long[16]; // Long.MIN_VALUE: never published (SQL NULL)
    long[] adoptedKey = new long[16]; // packed sort keys (see sortKeys)
    long[] ratedKey = new long[16];
    long[] relevanceKey = new long[16];
    long[] fingerprint = new long[16];
    String[] titleText = new String[16];
    Listing[] listing = new Listing[16];
    long[] live = new long[1];

    /** Adds, replaces or (when {@code published} is false) removes one template. */
    void apply(UUID id, boolean isPublished, Row row) {
        changes++;
        Integer old = ordinals.get(id);
        if (old != null && isPublished && fingerprint[old] == row.fingerprint()) {
            adoptions[old] = row.adoptions();
            rating[old] = hundredths(row.rating());
            ratings[old] = row.ratings();
            listing[old] = row.listing();
            sortKeys(old);
            return;
        }
        if (old != null) {
            live[old >>> 6] &= ~(1L << old);
            distinctTags(old).forEach(t -> tagTemplates[t]--);
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
        platform[o] = platforms.add(r.platform(), o, live.length);
        category[o] = categories.add(r.category(), o, live.length);
        ward[o] = wards.add(r.ward(), o, live.length);
        process[o] = processes.add(r.process(), o, live.length);
        int start = tagStart[o];
        tagStart[o + 1] = start;
        if (start + r.tags().length > tagCode.length) {
            tagCode = Arrays.copyOf(tagCode, Math.max(tagCode.length * 2, start + r.tags().length));
        }
        for (String t : r.tags()) {
            tagCode[tagStart[o + 1]++] = tagValues.add(t, o, live.length); // every listed tag counts, as unnest(tags) counts them
        }
        adoptions[o] = r.adoptions();
        rating[o] = hundredths(r.rating());
        ratings[o] = r.ratings();
        published[o] = r.publishedMicros();
        sortKeys(o);
        fingerprint[o] = r.fingerprint();
        titleText[o] = r.title();
        listing[o] = r.listing();
        byTitle.computeIfAbsent(r.titleNorm().equals(r.title()) ? r.title() : r.titleNorm(), k -> new Postings()).add(o);
        if (tagValues.values.size() > tagTemplates.length) {
            tagTemplates = Arrays.copyOf(tagTemplates, tagValues.values.size() * 2);
        }
        distinctTags(o).forEach(t -> tagTemplates[t]++);
        live[o >>> 6] |= 1L << o;
        ordinals.put(r.id(), o);
        post(all, r.tokens(), o);
        post(title, r.titleTokens(), o);
        post(tags, r.tagTokens(), o);
        post(summary, r.summaryTokens(), o);
    }

    /**
     * Template o's sort orders, each packed into one number that only rounds them (larger first; Searcher#key): by
     * adoptions (then 31 bits of the id, smaller first), by rating (10 bits; none last) then count (21 bits) then the id,
     * and by relevance below its field class (2 bits, added per query): adoptions 8 bits, rating 10, the publication
     * date in milliseconds 43. Kept with the counters, so a sorted search reads one array per hit.
     */
    private void sortKeys(int o) {
        long idFirst = ~idHi[o] >>> 33; // uuids compare as unsigned bytes: a smaller id comes first
        long rated = rating[o] == Integer.MIN_VALUE ? 0 : 1 + Math.clamp(rating[o], 0, 1_000);
        long at = published[o] == Long.MIN_VALUE ? 0 : Math.clamp(published[o] >> 10, 0, (1L << 43) - 1);
        adoptedKey[o] = (long) Math.min(adoptions[o], Integer.MAX_VALUE >> 1) << 31 | idFirst;
        ratedKey[o] = rated << 52 | (long) Math.min(ratings[o], 0x1FFFFF) << 31 | idFirst;
        relevanceKey[o] = (long) Math.min(adoptions[o], 255) << 53 | rated << 43 | at;
    }

    private static int hundredths(double rating) {
        return Double.isNaN(rating) ? Integer.MIN_VALUE : (int) Math.round(rating * 100);
    }

    private java.util.stream.IntStream distinctTags(int o) {
        return Arrays.stream(tagCode, tagStart[o], tagStart[o + 1]).distinct();
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
        tagStart = Arrays.copyOf(tagStart, capacity + 1);
        adoptions = Arrays.copyOf(adoptions, capacity);
        rating = Arrays.copyOf(rating, capacity);
        ratings = Arrays.copyOf(ratings, capacity);
        published = Arrays.copyOf(published, capacity);
        adoptedKey = Arrays.copyOf(adoptedKey, capacity);
        ratedKey = Arrays.copyOf(ratedKey, capacity);
        relevanceKey = Arrays.copyOf(relevanceKey, capacity);
        fingerprint = Arrays.copyOf(fingerprint, capacity);
        titleText = Arrays.copyOf(titleText, capacity);
        listing = Arrays.copyOf(listing, capacity);
    }

    /** Drops the growth room of every postings list (after a full load; later appends grow them again). */
    void trim() {
        for (Map<Integer, Postings> postings : List.of(all, title, tags, summary)) {
            postings.values().forEach(Postings::trim);
        }
        tagValues.holders.forEach(Postings::trim);
        byTitle.values().forEach(Postings::trim);
        tagCode = Arrays.copyOf(tagCode, tagStart[size]);
    }

    /**
     * SearchService's suggestion statement, answered here: up to {@code tagLimit} tags that start with the prefix (most
     * templates first, then code point order), then titles whose normalised form starts with it in that form's code
     * point order, one per normalised title (its template with the lowest id, as PostgreSQL orders uuids); at most
     * {@code limit} in all.
     */
    List<Suggestion> suggest(String prefix, int tagLimit, int limit) {
        List<Map.Entry<String, Integer>> tagged = new ArrayList<>();
        for (Map.Entry<String, Integer> e : tagValues.codes.tailMap(prefix, true).entrySet()) {
            if (!e.getKey().startsWith(prefix)) {
                break;
            }
            if (tagTemplates[e.getValue()] > 0) {
                tagged.add(e);
            }
        }
        tagged.sort((a, b) -> Integer.compare(tagTemplates[b.getValue()], tagTemplates[a.getValue()]));
        List<Suggestion> out = new ArrayList<>();
        tagged.stream().limit(tagLimit).forEach(e -> out.add(new Suggestion("tag", e.getKey()))); // a stable sort keeps code point order
        int titles = 0;
        for (Map.Entry<String, Postings> e : byTitle.tailMap(prefix, true).entrySet()) {
            if (titles == limit || !e.getKey().startsWith(prefix)) {
                break;
            }
            int first = -1;
            Postings p = e.getValue();
            for (int i = 0; i < p.n; i++) {
                int o = p.ords[i];
                if ((live[o >>> 6] & (1L << o)) != 0 && (first < 0 || compareIds(o, first) < 0)) {
                    first = o;
                }
            }
            if (first >= 0) {
                out.add(new Suggestion("title", titleText[first]));
                titles++;
            }
        }
        return out.subList(0, Math.min(limit, out.size()));
    }

    /** Two ordinals' template ids as PostgreSQL compares uuids (unsigned bytes). */
    int compareIds(int a, int b) {
        int c = Long.compareUnsigned(idHi[a], idHi[b]);
        return c != 0 ? c : Long.compareUnsigned(idLo[a], idLo[b]);
    }

    UUID id(int o) {
        return new UUID(idHi[o], idLo[o]);
    }

    /** Template {@code o} as a result shows it, without a highlight (SearchService adds it). */
    TemplateSummary summary(int o) {
        Listing l = listing[o];
        OffsetDateTime at = published[o] == Long.MIN_VALUE ? null
                : Instant.EPOCH.plus(published[o], ChronoUnit.MICROS).atOffset(ZoneOffset.UTC); // as the driver reads timestamptz
        return new TemplateSummary(id(o), "published", wards.value(ward[o]), titleText[o], l.titleEn(), l.summary(),
                platforms.value(platform[o]), categories.value(category[o]), l.tags(), at,
                rating[o] == Integer.MIN_VALUE ? null : BigDecimal.valueOf(rating[o], 2), ratings[o], adoptions[o], null, l.prizes());
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
