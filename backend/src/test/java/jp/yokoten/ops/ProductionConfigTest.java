package jp.yokoten.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import jp.yokoten.common.config.RequiredSettings;
import org.junit.jupiter.api.Test;

/**
 * SPEC §12: the production profile has no default credentials or URLs, so a forgotten variable stops the
 * start-up with its name instead of connecting somewhere by default; development and tests keep defaults.
 * Reads application.properties the way Quarkus does (profiles, ${VAR} expansion) with a chosen environment.
 */
public class ProductionConfigTest {
    /** Setting → the variable production must supply for it (DockerComposeTest checks the backend gets each). */
    public static final Map<String, String> REQUIRED = new LinkedHashMap<>();

    static {
        REQUIRED.put("quarkus.datasource.jdbc.url", "YOKOTEN_DB_URL");
        REQUIRED.put("quarkus.datasource.username", "YOKOTEN_DB_USER");
        REQUIRED.put("quarkus.datasource.password", "YOKOTEN_DB_PASSWORD");
        REQUIRED.put("quarkus.flyway.username", "YOKOTEN_DB_OWNER_USER");
        REQUIRED.put("quarkus.flyway.password", "YOKOTEN_DB_OWNER_PASSWORD");
        REQUIRED.put("quarkus.oidc.auth-server-url", "YOKOTEN_OIDC_URL");
        REQUIRED.put("quarkus.mailer.host", "YOKOTEN_SMTP_HOST");
        REQUIRED.put("quarkus.mailer.port", "YOKOTEN_SMTP_PORT");
        REQUIRED.put("quarkus.mailer.tls", "YOKOTEN_SMTP_TLS");
        REQUIRED.put("quarkus.mailer.start-tls", "YOKOTEN_SMTP_START_TLS");
        REQUIRED.put("quarkus.mailer.from", "YOKOTEN_MAIL_FROM");
        REQUIRED.put("yokoten.mail.base-url", "YOKOTEN_PUBLIC_URL");
    }

    private static Map<String, String> productionEnvironment() {
        Map<String, String> env = new HashMap<>();
        REQUIRED.values().forEach(v -> env.put(v, "from-env-" + v));
        return env;
    }

    private static SmallRyeConfigBuilder builder(String profile, Map<String, String> env) throws Exception {
        return new SmallRyeConfigBuilder().addDefaultInterceptors().withProfile(profile)
                .withSources(new PropertiesConfigSource(Path.of("src/main/resources/application.properties").toUri().toURL(), 250))
                .withSources(new PropertiesConfigSource(env, "environment", 300));
    }

    /** As the application starts: with the required-settings mapping validated. */
    private static SmallRyeConfig config(String profile, Map<String, String> env) throws Exception {
        return builder(profile, env).withMapping(RequiredSettings.class).build();
    }

    /** Quarkus reads these optional settings as "not set" when their variable is missing; RequiredSettings stops that. */
    @Test
    void productionStopsAtStartUpNamingAMissingVariableOfAnOptionalSetting() {
        for (String variable : List.of("YOKOTEN_OIDC_URL", "YOKOTEN_DB_OWNER_USER", "YOKOTEN_DB_OWNER_PASSWORD", "YOKOTEN_SMTP_HOST",
                "YOKOTEN_SMTP_PORT", "YOKOTEN_SMTP_TLS", "YOKOTEN_SMTP_START_TLS", "YOKOTEN_MAIL_FROM")) {
            Map<String, String> env = productionEnvironment();
            env.remove(variable);
            Exception e = assertThrows(Exception.class, () -> config("prod", env), variable + " may be missing in production");
            assertTrue(e.getMessage().contains(variable), e.getMessage());
        }
    }

    @Test
    void productionRefusesToStartWithoutEachCredentialAndUrlAndNamesTheMissingVariable() throws Exception {
        for (var required : REQUIRED.entrySet()) {
            Map<String, String> env = productionEnvironment();
            env.remove(required.getValue());
            SmallRyeConfig prod = builder("prod", env).build();
            NoSuchElementException e = assertThrows(NoSuchElementException.class, () -> prod.getValue(required.getKey(), String.class),
                    required.getKey() + " has a default in production");
            assertTrue(e.getMessage().contains(required.getValue()), e.getMessage());
        }
    }

    @Test
    void productionUsesExactlyWhatTheEnvironmentGives() throws Exception {
        SmallRyeConfig prod = config("prod", productionEnvironment());
        for (var required : REQUIRED.entrySet()) {
            assertEquals("from-env-" + required.getValue(), prod.getValue(required.getKey(), String.class), required.getKey());
        }
        assertEquals("from-env-YOKOTEN_DB_USER", prod.getValue("quarkus.flyway.placeholders.app_role", String.class),
                "the grants migration names the runtime role the API connects as");
    }

    @Test
    void noProductionSettingPointsAtThisMachineOrTheSuperuser() throws Exception {
        SmallRyeConfig prod = config("prod", productionEnvironment());
        List<String> local = new ArrayList<>();
        for (String name : prod.getPropertyNames()) {
            // The OpenAPI document names the demo realm as an example; nothing connects to it.
            if (name.startsWith("%") || name.startsWith("quarkus.smallrye-openapi.")) {
                continue;
            }
            String value = prod.getOptionalValue(name, String.class).orElse("");
            // "postgres" as a value is the superuser's name, except where it names the file store's kind.
            boolean superuser = value.equals("postgres") && !name.equals("yokoten.files.store");
            if (value.matches("(?s).*(localhost|127\\.0\\.0\\.1|//postgres[:/]).*") || superuser) {
                local.add(name + "=" + value);
            }
        }
        assertEquals(List.of(), local);
    }

    @Test
    void developmentDefaultsToTheTwoRolesOfDeployLibAndTheLocalServers() throws Exception {
        SmallRyeConfig dev = config("dev", Map.of());
        assertEquals("yokoten_app", dev.getValue("quarkus.datasource.username", String.class));
        assertEquals("yokoten_owner", dev.getValue("quarkus.flyway.username", String.class));
        assertEquals("jdbc:postgresql://127.0.0.1:5432/yokoten", dev.getValue("quarkus.datasource.jdbc.url", String.class));
        assertEquals("http://localhost:8180/realms/yokoten", dev.getValue("quarkus.oidc.auth-server-url", String.class));
    }

    @Test
    void testsMigrateAsTheOwnerGivenOrElseAsTheirOneRole() throws Exception {
        SmallRyeConfig bare = config("test", Map.of());
        assertEquals("postgres", bare.getValue("quarkus.datasource.username", String.class));
        assertEquals("postgres", bare.getValue("quarkus.flyway.username", String.class));
        SmallRyeConfig twoRoles = config("test", Map.of("YOKOTEN_DB_USER", "yokoten_app", "YOKOTEN_DB_PASSWORD", "a",
                "YOKOTEN_DB_OWNER_USER", "yokoten_owner", "YOKOTEN_DB_OWNER_PASSWORD", "o"));
        assertEquals("yokoten_app", twoRoles.getValue("quarkus.datasource.username", String.class));
        assertEquals("yokoten_owner", twoRoles.getValue("quarkus.flyway.username", String.class));
        assertEquals("o", twoRoles.getValue("quarkus.flyway.password", String.class));
    }
}
