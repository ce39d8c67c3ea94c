package jp.yokoten.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The facet cache stays within its bound and never answers one search with another's counts. */
class FacetCacheTest {
    private final List<String> counted = new ArrayList<>();

    private Map<String, List<SearchHits.FacetCount>> get(FacetCache cache, String query) {
        return cache.get(query, () -> {
            counted.add(query);
            return Map.of("platform", List.of(new SearchHits.FacetCount(query, query.length())));
        });
    }

    @Test
    void aRepeatedSearchIsCountedOnceWithinTheTtl() {
        FacetCache cache = new FacetCache(10);
        assertEquals(get(cache, "保育"), get(cache, "保育"));
        assertEquals(List.of("保育"), counted);
    }

    @Test
    void beyondItsBoundTheLeastRecentlyUsedSearchIsDroppedFirst() {
        FacetCache cache = new FacetCache(2);
        get(cache, "保育");
        get(cache, "防災");
        get(cache, "保育"); // 保育 is now the most recently used
        get(cache, "日報"); // drops 防災
        assertEquals(2, cache.size());
        get(cache, "保育");
        get(cache, "防災");
        assertEquals(List.of("保育", "防災", "日報", "防災"), counted);
    }

    @Test
    void manyDistinctSearchesNeverGrowTheCacheBeyondItsBoundAndEachKeepsItsOwnCounts() {
        FacetCache cache = new FacetCache(50);
        for (int i = 0; i < 5_000; i++) {
            String q = "q" + i;
            assertEquals(q, get(cache, q).get("platform").get(0).value());
            assertEquals(true, cache.size() <= 50);
        }
        assertEquals(50, cache.size());
        assertEquals("q4999", get(cache, "q4999").get("platform").get(0).value());
        assertEquals(5_000, counted.size(), "the last search was still cached");
    }

    @Test
    void aChangeToTheIndexDropsEveryEntry() {
        FacetCache cache = new FacetCache(10);
        get(cache, "保育");
        cache.invalidate();
        assertEquals(0, cache.size());
        get(cache, "保育");
        assertEquals(List.of("保育", "保育"), counted);
    }

    @Test
    void aFailedCountIsNotCached() {
        FacetCache cache = new FacetCache(10);
        assertThrows(IllegalStateException.class, () -> cache.get("保育", () -> {
            throw new IllegalStateException("database away");
        }));
        assertEquals(0, cache.size());
        get(cache, "保育");
        assertEquals(List.of("保育"), counted);
    }
}
