package jp.yokoten.common.ratelimit;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The buckets of one limit, by key, bounded: least recently used first, idle (full) buckets are dropped as
 * they reach the front, and beyond {@code maxBuckets} the least recently used one goes even if not full
 * (that caller gets a fresh burst: a lost limit is better than memory growing with every new token subject).
 */
final class Buckets {
    private final double capacity;
    private final double perSecond;
    private final int maxBuckets;
    private final LinkedHashMap<String, TokenBucket> byKey = new LinkedHashMap<>(256, 0.75f, true);

    Buckets(double capacity, double perSecond, int maxBuckets) {
        this.capacity = capacity;
        this.perSecond = perSecond;
        this.maxBuckets = maxBuckets;
    }

    /** 0 when the caller may go ahead, else nanoseconds until it may. */
    long take(String key, long now) {
        TokenBucket bucket;
        synchronized (this) {
            bucket = byKey.get(key);
            if (bucket == null) {
                evict(now);
                bucket = new TokenBucket(capacity, perSecond, now);
                byKey.put(key, bucket);
            }
        }
        return bucket.take(now);
    }

    synchronized int size() {
        return byKey.size();
    }

    /** Amortised O(1): looks only at the least recently used end, where idle buckets gather. */
    private void evict(long now) {
        Iterator<Map.Entry<String, TokenBucket>> oldest = byKey.entrySet().iterator();
        while (oldest.hasNext()) {
            Map.Entry<String, TokenBucket> e = oldest.next();
            if (byKey.size() >= maxBuckets || e.getValue().idle(now)) {
                oldest.remove();
            } else {
                break;
            }
        }
    }
}
