package jp.yokoten.common.ratelimit;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonString;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import jp.yokoten.common.config.YokotenConfig;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Token buckets per caller and per ward's uploads. In memory, so each API replica keeps its own buckets:
 * with N replicas behind a round-robin balancer a caller gets up to N times the configured rate.
 */
@ApplicationScoped
public class RateLimiter {
    private static final double HOUR_SECONDS = 3600;

    private final YokotenConfig.RateLimit config;
    private final Clock clock;
    private final Buckets requests;
    private final Buckets uploads;

    @Inject
    public RateLimiter(YokotenConfig settings, Clock clock) {
        this.config = settings.rateLimit();
        this.clock = clock;
        this.requests = new Buckets(config.burst(), config.requestsPerSecond(), config.maxBuckets());
        this.uploads = new Buckets(config.uploadsPerHour(), config.uploadsPerHour() / HOUR_SECONDS, config.maxBuckets());
    }

    /** Counts one API request of this caller; throws {@link TooManyRequests} when its bucket is empty. */
    public void request(SecurityIdentity caller) {
        if (!config.enabled()) {
            return;
        }
        long wait = requests.take(callerKey(caller), now());
        if (wait > 0) {
            throw new TooManyRequests("Too many requests from your account; slow down and retry after the time in Retry-After.",
                    seconds(wait));
        }
    }

    /** Counts one version upload of the caller's ward (a caller without a ward counts on its own). */
    public void upload(SecurityIdentity caller) {
        if (!config.enabled()) {
            return;
        }
        String key = claim(caller, "ward").map(w -> "ward:" + w).orElseGet(() -> callerKey(caller));
        long wait = uploads.take(key, now());
        if (wait > 0) {
            throw new TooManyRequests("Your ward has uploaded " + config.uploadsPerHour()
                    + " versions within the last hour; retry after the time in Retry-After.", seconds(wait));
        }
    }

    int buckets() {
        return requests.size();
    }

    /**
     * A client-credentials token (service account) is limited as its client, shared by every token of that
     * client; anyone else as the token subject. Keycloak puts {@code client_id} only into service-account tokens;
     * {@code azp} alone would merge every SPA user into the one bucket of yokoten-web.
     */
    static String callerKey(SecurityIdentity caller) {
        Optional<String> client = claim(caller, "client_id");
        if (client.isPresent()) {
            return "client:" + client.get();
        }
        Optional<String> user = claim(caller, "preferred_username");
        if (user.isPresent() && user.get().startsWith("service-account-")) {
            return "client:" + claim(caller, "azp").orElse(user.get().substring("service-account-".length()));
        }
        return "user:" + claim(caller, "sub").orElse(caller.getPrincipal().getName());
    }

    private static Optional<String> claim(SecurityIdentity caller, String name) {
        if (!(caller.getPrincipal() instanceof JsonWebToken jwt)) {
            return Optional.empty();
        }
        Object v = jwt.getClaim(name);
        return Optional.ofNullable(v).map(o -> o instanceof JsonString js ? js.getString() : o.toString()).filter(s -> !s.isBlank());
    }

    private long now() {
        Instant at = clock.instant();
        return at.getEpochSecond() * 1_000_000_000L + at.getNano();
    }

    /** Whole seconds, rounded up and at least 1: a client that waits this long finds a token. */
    private static long seconds(long nanos) {
        return Math.max(1, (nanos + 999_999_999L) / 1_000_000_000L);
    }
}
