package jp.yokoten.common.ratelimit;

/**
 * One caller's allowance: up to {@code capacity} tokens, refilled continuously at {@code perSecond}; each
 * request takes one. Times are nanoseconds from the injected clock, so tests can hold time still.
 */
final class TokenBucket {
    private final double capacity;
    private final double perNano;
    private double tokens;
    private long last;

    TokenBucket(double capacity, double perSecond, long now) {
        this.capacity = capacity;
        this.perNano = perSecond / 1e9;
        this.tokens = capacity;
        this.last = now;
    }

    /** Takes a token and answers 0, or answers how many nanoseconds until one is available (nothing taken). */
    synchronized long take(long now) {
        refill(now);
        if (tokens >= 1) {
            tokens -= 1;
            return 0;
        }
        return (long) Math.ceil((1 - tokens) / perNano);
    }

    /** Full again: forgetting this bucket loses nothing, a new one would start full too. */
    synchronized boolean idle(long now) {
        refill(now);
        return tokens >= capacity;
    }

    private void refill(long now) {
        // A wall clock may step backwards (NTP); never let that drain or overfill the bucket.
        if (now > last) {
            tokens = Math.min(capacity, tokens + (now - last) * perNano);
            last = now;
        }
    }
}
