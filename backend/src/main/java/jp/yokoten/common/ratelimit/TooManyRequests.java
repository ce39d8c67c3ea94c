package jp.yokoten.common.ratelimit;

import jp.yokoten.common.error.ApiException;

/** A rate limit refused the request; {@code retryAfterSeconds} becomes the Retry-After header. */
public class TooManyRequests extends ApiException {
    private final long retryAfterSeconds;

    public TooManyRequests(String detail, long retryAfterSeconds) {
        super(429, "rate-limited", "Too many requests", detail, null);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
