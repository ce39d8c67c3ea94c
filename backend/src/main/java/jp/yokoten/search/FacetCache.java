package jp.yokoten.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import jp.yokoten.common.config.YokotenConfig;

/**
 * Facet counts (and so totals) of recent searches for up to 30 seconds. Counting facets reads every hit,
 * and at 9:00 on Monday many staff type the same words; the page of results itself is always fresh.
 * One caller counts while concurrent callers of the same search wait for its answer (no stampede when
 * an entry expires). Any change to the index on this replica drops the cache; other replicas catch up
 * within the TTL. At most {@code maxEntries} searches are kept, least recently used dropped first: every
 * distinct query string is a key, so without a bound a client varying its words could fill the heap
 * within one TTL.
 */
@ApplicationScoped
public class FacetCache {
    static final long TTL_NANOS = 30_000_000_000L;

    private record Cached(long generation, long expires, CompletableFuture<Map<String, List<SearchHits.FacetCount>>> facets) {
        boolean fresh(long gen, long now) {
            return generation == gen && now < expires && !facets.isCompletedExceptionally();
        }
    }

    private final AtomicLong generation = new AtomicLong();
    private final LinkedHashMap<String, Cached> entries;

    @Inject
    FacetCache(YokotenConfig config) {
        this(config.search().facetCacheMaxEntries());
    }

    FacetCache(int maxEntries) {
        // access order: a hit moves the entry to the young end; the map lock is held only for map operations,
        // never while counting
        this.entries = new LinkedHashMap<>(Math.min(maxEntries, 1024), 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Cached> eldest) {
                return size() > maxEntries;
            }
        };
    }

    public Map<String, List<SearchHits.FacetCount>> get(String key, Supplier<Map<String, List<SearchHits.FacetCount>>> count) {
        long now = System.nanoTime();
        long gen = generation.get();
        CompletableFuture<Map<String, List<SearchHits.FacetCount>>> mine = new CompletableFuture<>();
        Cached entry;
        synchronized (entries) {
            Cached old = entries.get(key);
            if (old != null && old.fresh(gen, now)) {
                entry = old;
            } else {
                entry = new Cached(gen, now + TTL_NANOS, mine);
                entries.put(key, entry);
            }
        }
        if (entry.facets() == mine) {
            try {
                mine.complete(count.get());
            } catch (RuntimeException e) {
                mine.completeExceptionally(e);
                synchronized (entries) {
                    entries.remove(key, entry);
                }
                throw e;
            }
        }
        return entry.facets().join();
    }

    public void invalidate() {
        generation.incrementAndGet();
        synchronized (entries) {
            entries.clear();
        }
    }

    int size() {
        synchronized (entries) {
            return entries.size();
        }
    }
}
