package jp.yokoten.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * No Docker engine runs on the build machines, so the compose file is checked the way a user would
 * read it: valid YAML, the four services, the backend waiting for healthy dependencies, files that exist.
 */
class DockerComposeTest {
    private static final Path ROOT = Path.of("..");

    private static JsonNode compose() throws Exception {
        return new ObjectMapper(new YAMLFactory()).readTree(Files.readString(ROOT.resolve("docker-compose.yml")));
    }

    @Test
    void declaresTheWholePortal() throws Exception {
        JsonNode services = compose().get("services");
        for (String s : List.of("postgres", "keycloak", "backend", "frontend")) {
            assertTrue(services.has(s), "service " + s + " is missing");
        }
    }

    @Test
    void backendWaitsForHealthyDatabaseAndKeycloak() throws Exception {
        JsonNode services = compose().get("services");
        JsonNode dependsOn = services.get("backend").get("depends_on");
        for (String s : List.of("postgres", "keycloak")) {
            assertEquals("service_healthy", dependsOn.get(s).get("condition").asText(), s);
            assertTrue(services.get(s).has("healthcheck"), s + " needs a healthcheck for the backend to wait on");
        }
    }

    @Test
    void keycloakImportsTheCommittedRealmFile() throws Exception {
        JsonNode keycloak = compose().get("services").get("keycloak");
        assertTrue(keycloak.get("command").toString().contains("--import-realm"));
        String volume = keycloak.get("volumes").get(0).asText();
        String hostPath = volume.substring(0, volume.indexOf(':'));
        assertTrue(Files.exists(ROOT.resolve(hostPath)), hostPath + " does not exist");
        assertTrue(volume.contains("/opt/keycloak/data/import"));
    }

    @Test
    void buildContextsAndDockerfilesExist() throws Exception {
        JsonNode services = compose().get("services");
        for (String s : List.of("backend", "frontend")) {
            JsonNode build = services.get(s).get("build");
            Path dockerfile = ROOT.resolve(build.get("context").asText()).resolve(build.get("dockerfile").asText());
            assertTrue(Files.exists(dockerfile), dockerfile + " does not exist");
        }
    }

    @Test
    void databaseIsCreatedForJapaneseTextSearch() throws Exception {
        JsonNode env = compose().get("services").get("postgres").get("environment");
        assertTrue(env.get("POSTGRES_INITDB_ARGS").asText().contains("C.UTF-8"),
                "pg_trgm extracts no trigrams from Japanese under the C locale");
    }
}
