package jp.yokoten.search;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Facet counts (and so totals) of recent searches for up to 30 seconds. Counting facets reads every hit,
 * and at 9:00 on Monday many staff type the same words; the page of results itself is always fresh.
 * One caller counts while concurrent callers of the same search wait for its answer (no stampede when
 * an entry expires). Any change to the index on this replica drops the cache; other replicas catch up
 * within the TTL.
 */
@ApplicationScoped
public class FacetCache {
    static final long TTL_NANOS = 30_000_000_000L;
    static final int MAX_ENTRIES = 2_000;

    private record Cached(long generation, long expires, CompletableFuture<Map<String, List<SearchHits.FacetCount>>> facets) {
        boolean fresh(long gen, long now) {
            return generation == gen && now < expires && !facets.isCompletedExceptionally();
        }
    }

    private final AtomicLong generation = new AtomicLong();
    private final ConcurrentHashMap<String, Cached> entries = new ConcurrentHashMap<>();

    public Map<String, List<SearchHits.FacetCount>> get(String key, Supplier<Map<String, List<SearchHits.FacetCount>>> count) {
        long now = System.nanoTime();
        long gen = generation.get();
        CompletableFuture<Map<String, List<SearchHits.FacetCount>>> mine = new CompletableFuture<>();
        Cached entry = entries.compute(key, (k, old) -> old != null && old.fresh(gen, now) ? old : new Cached(gen, now + TTL_NANOS, mine));
        if (entry.facets() == mine) {
            if (entries.size() > MAX_ENTRIES) {
                entries.entrySet().removeIf(e -> !e.getValue().fresh(gen, now));
            }
            try {
                mine.complete(count.get());
            } catch (RuntimeException e) {
                mine.completeExceptionally(e);
                entries.remove(key, entry);
                throw e;
            }
        }
        return entry.facets().join();
    }

    public void invalidate() {
        generation.incrementAndGet();
    }
}
