package jp.yokoten.testing;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * A database of its own (created by deploy/test.sh) for scenarios whose figures are counted by hand:
 * fiscal-year statistics must not see the templates other test classes create.
 */
public class StatsDatabaseProfile implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "quarkus.datasource.jdbc.url", System.getenv().getOrDefault("YOKOTEN_STATS_TEST_DB_URL",
                        "jdbc:postgresql://127.0.0.1:5432/yokoten_test_stats"),
                "quarkus.flyway.clean-at-start", "true",
                "quarkus.flyway.clean-disabled", "false",
                "yokoten.standardisation.ward-threshold", "3");
    }
}
