package jp.yokoten.testing;

import java.util.HashMap;
import java.util.Map;

/**
 * The demo portal's database (as {@link DemoDatabaseProfile}) behind real Keycloak tokens (as {@link KeycloakProfile}):
 * what an outside client of the committee sees, with figures counted by hand in DemoDataTest.
 */
public class KeycloakDemoProfile extends DemoDatabaseProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
        Map<String, String> config = new HashMap<>(super.getConfigOverrides());
        config.putAll(new KeycloakProfile().getConfigOverrides());
        return config;
    }
}
