package jp.yokoten.common.ratelimit;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** Limits small enough to reach in a test: 2 requests/s with a burst of 3, 2 uploads per ward and hour. */
public class SmallLimitsProfile implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "yokoten.rate-limit.requests-per-second", "2",
                "yokoten.rate-limit.burst", "3",
                "yokoten.rate-limit.uploads-per-hour", "2");
    }
}
