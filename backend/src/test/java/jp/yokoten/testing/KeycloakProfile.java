package jp.yokoten.testing;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** Switches the OIDC tenant on against the real Keycloak that deploy/test.sh starts. */
public class KeycloakProfile implements QuarkusTestProfile {
    public static final String REALM_URL =
            System.getenv().getOrDefault("YOKOTEN_OIDC_URL", "http://localhost:8180/realms/yokoten");

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("quarkus.oidc.tenant-enabled", "true", "quarkus.oidc.auth-server-url", REALM_URL);
    }
}
