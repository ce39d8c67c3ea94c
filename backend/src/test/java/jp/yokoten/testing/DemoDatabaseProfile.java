package jp.yokoten.testing;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** A database of its own (created by deploy/test.sh) holding only the demo portal, so its figures can be counted by hand. */
public class DemoDatabaseProfile implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "quarkus.datasource.jdbc.url", System.getenv().getOrDefault("YOKOTEN_DEMO_TEST_DB_URL",
                        "jdbc:postgresql://127.0.0.1:5432/yokoten_test_demo"),
                "quarkus.flyway.clean-at-start", "true",
                "quarkus.flyway.clean-disabled", "false");
    }
}
