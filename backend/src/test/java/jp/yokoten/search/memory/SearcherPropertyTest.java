package jp.yokoten.search.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.stream.IntStream;
import jp.yokoten.award.PrizeBadge;
import jp.yokoten.search.FacetCount;
import jp.yokoten.search.Suggestion;
import jp.yokoten.search.TemplateSummary;
import org.junit.jupiter.api.Test;

/**
 * The bitset search answers exactly what a brute-force reading of the same templates answers: page (order and ties
 * included, every shown field as last written), total and every facet under the other filters — over random catalogues that were edited (new ordinals),
 * archived (dead ordinals) and re-counted, and random queries with words, filters (including values nobody has), every
 * sort and pages shallow and deep (past the sorted top-k's limit); and suggestions by prefix, surrogate pairs included.
 */
class SearcherPropertyTest {
    static final String[] PLATFORMS = {"kintone", "powerapps", "logoform", "excel"};
    static final String[] CATEGORIES = {"childcare", "tax", "welfare", "disaster", "health"};
    static final String[] WARDS = {"koto", "minato", "suginami", "chiyoda", "chuo", "shinjuku", "bunkyo", "taito", "sumida", "shinagawa",
        "meguro", "ota"}; // more than the 8 values a facet grid starts with: it is laid out again, wider
    static final String[] PROCESSES = {"p1", "p2"};
    static final String[] SORTS = {"relevance", "newest", "adopted", "rated"};
    static final String[] TAGS = {"tag", "保育", "保険", "税"};
    static final String[] TITLES = {"保育の受付", "保育園", "保険料", "KINTONE 台帳", "kintone 一覧", "税の申請", "\uD842\uDFB7野家"};
    static final String[] PREFIXES = {"保", "保育", "保険料", "k", "kintone", "K", "税", "tag1", "tag", "tag12", "tag28", "保育1", "保育9", "税3", "税27", "\uD842\uDFB7", "無い"};

    static final Comparator<PublishedIndex.Row> BY_ID = Comparator // as PostgreSQL compares uuids: unsigned
            .comparing((PublishedIndex.Row t) -> t.id().getMostSignificantBits(), Long::compareUnsigned)
            .thenComparing(t -> t.id().getLeastSignificantBits(), Long::compareUnsigned);

    final Map<UUID, PublishedIndex.Row> published = new HashMap<>();

    @Test
    void answersAsABruteForceReadingOfTheSameTemplates() {
        for (long seed = 1; seed <= 12; seed++) {
            Random random = new Random(seed);
            published.clear();
            PublishedIndex ix = new PublishedIndex();
            List<UUID> ids = new ArrayList<>();
            int n = 200 + random.nextInt(2_800);
            for (int i = 0; i < n; i++) {
                UUID id = new UUID(random.nextLong(), random.nextLong());
                ids.add(id);
                write(ix, id, true, row(random, id));
            }
            for (int i = 0; i < n / 3; i++) { // edits (new ordinal), archives and re-publishes, counter changes
                UUID id = ids.get(random.nextInt(ids.size()));
                PublishedIndex.Row old = published.get(id);
                switch (random.nextInt(3)) {
                    case 0 -> write(ix, id, true, row(random, id));
                    case 1 -> write(ix, id, false, old == null ? row(random, id) : old);
                    default -> {
                        if (old != null) {
                            write(ix, id, true, new PublishedIndex.Row(id, old.platform(), old.category(), old.ward(), old.process(),
                                    old.tags(), random.nextInt(5), random.nextBoolean() ? Double.NaN : 1 + random.nextInt(5),
                                    random.nextInt(9), old.publishedMicros(), old.tokens(), old.titleTokens(), old.tagTokens(),
                                    old.summaryTokens(), old.title(), old.titleNorm(), listing(random, old.tags()))); // shown fields too
                        }
                    }
                }
            }
            for (int i = 0; i < 150; i++) {
                Searcher.Query q = query(random);
                Searcher.Answer expected = bruteForce(q);
                Searcher.Answer actual = new Searcher(ix, q).run();
                String what = "seed " + seed + ", query " + Arrays.toString(q.hashes()) + " " + q;
                assertEquals(expected.total(), actual.total(), what);
                assertEquals(expected.page(), actual.page(), what);
                assertEquals(expected.descriptions(), actual.descriptions(), what);
                assertEquals(expected.facets(), actual.facets(), what);
            }
            for (String prefix : PREFIXES) {
                assertEquals(suggestions(prefix), ix.suggest(prefix, 3, 8), "seed " + seed + ", prefix " + prefix);
            }
        }
    }

    private void write(PublishedIndex ix, UUID id, boolean isPublished, PublishedIndex.Row row) {
        ix.apply(id, isPublished, row);
        if (isPublished) {
            published.put(id, row);
        } else {
            published.remove(id);
        }
    }

    private static PublishedIndex.Row row(Random r, UUID id) {
        int[] tokens = r.ints(1 + r.nextInt(12), 1, 40).toArray(); // a small vocabulary: words share templates
        int[] title = pick(r, tokens);
        int[] tagTokens = pick(r, tokens);
        int[] summary = pick(r, tokens);
        String[] tags = r.ints(r.nextInt(4), 0, 300).mapToObj(t -> TAGS[t % TAGS.length] + t).toArray(String[]::new); // may repeat a tag
        int t = r.nextInt(400);
        String name = TITLES[t % TITLES.length] + t / TITLES.length; // titles repeat: one suggestion per normalised title,
        name = r.nextBoolean() ? name.toUpperCase(java.util.Locale.ROOT) : name; // that of its template with the lowest id
        return new PublishedIndex.Row(id, maybe(r, PLATFORMS), maybe(r, CATEGORIES), maybe(r, WARDS), maybe(r, PROCESSES), tags,
                r.nextInt(4), r.nextInt(4) == 0 ? Double.NaN : 1 + r.nextInt(4) + r.nextInt(2) / 2.0, r.nextInt(6),
                r.nextInt(8) == 0 ? Long.MIN_VALUE : 1_700_000_000_000_000L + r.nextInt(500) * 1_000_000L, tokens, title, tagTokens, summary,
                name, name.toLowerCase(java.util.Locale.ROOT), listing(r, tags));
    }

    private static PublishedIndex.Listing listing(Random r, String[] tags) {
        List<PrizeBadge> prizes = r.nextInt(5) > 0 ? List.of() : List.of(PrizeBadge.of(new UUID(r.nextLong(), 1), 2026, "grand"));
        return new PublishedIndex.Listing(r.nextBoolean() ? null : "en " + r.nextInt(), "summary " + r.nextInt(),
                Arrays.stream(tags).map(t -> t.toUpperCase(java.util.Locale.ROOT)).toList(), prizes,
                r.nextInt(4) == 0 ? null : "description " + r.nextInt()); // null: too long to hold
    }

    /** A result as the SQL path reads it from the template's row: every field of the latest write. */
    private static TemplateSummary shown(PublishedIndex.Row t) {
        long us = t.publishedMicros();
        return new TemplateSummary(t.id(), "published", t.ward(), t.title(), t.listing().titleEn(), t.listing().summary(), t.platform(),
                t.category(), t.listing().tags(), us == Long.MIN_VALUE ? null
                        : Instant.ofEpochSecond(Math.floorDiv(us, 1_000_000), Math.floorMod(us, 1_000_000) * 1_000L).atOffset(ZoneOffset.UTC),
                Double.isNaN(t.rating()) ? null : new BigDecimal(Double.toString(t.rating())).setScale(2), t.ratings(), t.adoptions(),
                null, t.listing().prizes());
    }

    private static int[] pick(Random r, int[] tokens) {
        return Arrays.stream(tokens).filter(t -> r.nextInt(3) == 0).toArray();
    }

    private static String maybe(Random r, String[] values) {
        return r.nextInt(10) == 0 ? null : values[r.nextInt(values.length)];
    }

    private static Searcher.Query query(Random r) {
        int[] hashes = r.ints(r.nextInt(4), 1, 42).distinct().toArray(); // 40, 41: tokens nobody has
        String tag = r.nextInt(4) == 0 ? TAGS[r.nextInt(TAGS.length)] + r.nextInt(320) : null;
        int size = 1 + r.nextInt(25);
        int offset = r.nextInt(6) == 0 ? 2_040 + r.nextInt(20) : size * r.nextInt(4); // deep pages collect and sort
        return new Searcher.Query(hashes, filter(r, PLATFORMS), filter(r, CATEGORIES), filter(r, WARDS), filter(r, PROCESSES), tag,
                SORTS[r.nextInt(SORTS.length)], offset, size);
    }

    private static String filter(Random r, String[] values) {
        int k = r.nextInt(values.length + 4);
        return k < values.length ? values[k] : k == values.length ? "nobody" : null;
    }

    /** Every published template read one by one: the reference. */
    private Searcher.Answer bruteForce(Searcher.Query q) {
        List<PublishedIndex.Row> hits = published.values().stream().filter(t -> hasAll(t.tokens(), q.hashes())).toList();
        String[] wanted = {q.platform(), q.category(), q.ward(), q.process(), q.tag()};
        List<PublishedIndex.Row> matched = hits.stream().filter(t -> failed(t, wanted) == -1).toList();
        Map<String, List<FacetCount>> facets = new LinkedHashMap<>();
        for (int d = 0; d < 5; d++) {
            Map<String, Long> counts = new HashMap<>();
            for (PublishedIndex.Row t : hits) {
                int f = failed(t, wanted);
                if (f == -1 || f == d) {
                    for (String v : values(t, d)) {
                        counts.merge(v, 1L, Long::sum);
                    }
                }
            }
            facets.put(Searcher.DIMENSIONS[d], counts.entrySet().stream()
                    .sorted(Comparator.<Map.Entry<String, Long>>comparingLong(Map.Entry::getValue).reversed()
                            .thenComparing(Map.Entry::getKey, Searcher::byCodePoint))
                    .limit(d == 4 ? Searcher.TAG_FACET_LIMIT : Integer.MAX_VALUE)
                    .map(e -> new FacetCount(e.getKey(), e.getValue())).toList());
        }
        List<PublishedIndex.Row> rows = matched.stream().sorted(order(q)).skip(q.offset()).limit(q.size()).toList();
        return new Searcher.Answer(rows.stream().map(SearcherPropertyTest::shown).toList(),
                rows.stream().map(t -> t.listing().description()).toList(), matched.size(), facets);
    }

    /** Tags by templates holding them (then code point order), then one title per normalised title, as the SQL does. */
    private List<Suggestion> suggestions(String prefix) {
        Map<String, Long> tagged = new HashMap<>();
        published.values().forEach(t -> Arrays.stream(t.tags()).distinct().filter(x -> x.startsWith(prefix)).forEach(x -> tagged.merge(x, 1L, Long::sum)));
        List<Suggestion> out = new ArrayList<>(tagged.entrySet().stream()
                .sorted(Comparator.<Map.Entry<String, Long>>comparingLong(Map.Entry::getValue).reversed()
                        .thenComparing(Map.Entry::getKey, Searcher::byCodePoint))
                .limit(3).map(e -> new Suggestion("tag", e.getKey())).toList());
        Map<String, PublishedIndex.Row> first = new java.util.TreeMap<>(Searcher::byCodePoint);
        published.values().stream().filter(t -> t.titleNorm().startsWith(prefix)).forEach(t -> first.merge(t.titleNorm(), t,
                (a, b) -> BY_ID.compare(a, b) <= 0 ? a : b));
        first.values().stream().limit(8).forEach(t -> out.add(new Suggestion("title", t.title())));
        return out.subList(0, Math.min(8, out.size()));
    }

    /** The one dimension whose filter the template fails (-1: none; -2: more than one). */
    private static int failed(PublishedIndex.Row t, String[] wanted) {
        int failed = -1;
        for (int d = 0; d < 5; d++) {
            if (wanted[d] != null && !List.of(values(t, d)).contains(wanted[d])) {
                failed = failed == -1 ? d : -2;
            }
        }
        return failed;
    }

    private static String[] values(PublishedIndex.Row t, int d) {
        String v = switch (d) {
            case 0 -> t.platform();
            case 1 -> t.category();
            case 2 -> t.ward();
            case 3 -> t.process();
            default -> null;
        };
        return d == 4 ? t.tags() : v == null ? new String[0] : new String[] {v};
    }

    private static boolean hasAll(int[] tokens, int[] hashes) {
        return Arrays.stream(hashes).allMatch(h -> IntStream.of(tokens).anyMatch(t -> t == h));
    }

    /** ORDER BY as TemplateSearchSql writes it: NULLs last, ties by id as PostgreSQL compares uuids. */
    private static Comparator<PublishedIndex.Row> order(Searcher.Query q) {
        Comparator<PublishedIndex.Row> newest = Comparator.comparing((PublishedIndex.Row t) -> t.publishedMicros() == Long.MIN_VALUE)
                .thenComparing(Comparator.comparingLong(PublishedIndex.Row::publishedMicros).reversed());
        Comparator<PublishedIndex.Row> rated = Comparator.comparing((PublishedIndex.Row t) -> Double.isNaN(t.rating()))
                .thenComparing(Comparator.comparingDouble((PublishedIndex.Row t) -> Double.isNaN(t.rating()) ? 0 : t.rating()).reversed());
        Comparator<PublishedIndex.Row> sort = switch (q.sort()) {
            case "adopted" -> Comparator.comparingInt(PublishedIndex.Row::adoptions).reversed();
            case "rated" -> rated.thenComparing(Comparator.comparingInt(PublishedIndex.Row::ratings).reversed());
            case "relevance" -> Comparator.comparingInt((PublishedIndex.Row t) -> -weight(t, q.hashes()))
                    .thenComparing(Comparator.comparingInt(PublishedIndex.Row::adoptions).reversed()).thenComparing(rated).thenComparing(newest);
            default -> newest;
        };
        return sort.thenComparing(BY_ID);
    }

    /** Title 3, tags 2, summary 1: the first field that holds every query token (no words: 0). */
    private static int weight(PublishedIndex.Row t, int[] hashes) {
        if (hashes.length == 0) {
            return 0;
        }
        return hasAll(t.titleTokens(), hashes) ? 3 : hasAll(t.tagTokens(), hashes) ? 2 : hasAll(t.summaryTokens(), hashes) ? 1 : 0;
    }
}
