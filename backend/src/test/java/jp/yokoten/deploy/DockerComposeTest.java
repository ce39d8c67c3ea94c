package jp.yokoten.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import jp.yokoten.ops.ProductionConfigTest;
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

    @Test
    void postgresCreatesTheOwnerAndRuntimeRolesTheWayDeployLibDoes() throws Exception {
        JsonNode postgres = compose().get("services").get("postgres");
        JsonNode backend = compose().get("services").get("backend").get("environment");
        String init = null;
        for (JsonNode volume : postgres.get("volumes")) {
            if (volume.asText().contains(":/docker-entrypoint-initdb.d")) {
                init = volume.asText().substring(0, volume.asText().indexOf(':'));
            }
        }
        assertTrue(init != null, "no init scripts mounted into the postgres image");
        Path initDir = ROOT.resolve(init);
        assertTrue(Files.isExecutable(initDir.resolve("init-roles.sh")), "init-roles.sh must exist and be executable");
        assertTrue(Files.readString(initDir.resolve("init-roles.sh")).contains("roles.psql"), "init-roles.sh runs roles.psql");
        try (var files = Files.list(initDir)) {
            List<String> runByTheImage = files.map(f -> f.getFileName().toString()).filter(n -> n.matches(".*\\.(sh|sql(\\.(gz|xz|zst))?)$")).toList();
            assertEquals(List.of("init-roles.sh"), runByTheImage, "the postgres image runs every *.sh and *.sql of its init folder");
        }
        assertTrue(Files.readString(ROOT.resolve("deploy/lib.sh")).contains("deploy/postgres/roles.psql"), "deploy/lib.sh runs the same roles.psql");
        JsonNode env = postgres.get("environment");
        assertEquals(backend.get("YOKOTEN_DB_USER").asText(), env.get("YOKOTEN_DB_USER").asText(), "the API connects as the runtime role");
        assertEquals(backend.get("YOKOTEN_DB_OWNER_USER").asText(), env.get("YOKOTEN_DB_OWNER_USER").asText(), "Flyway migrates as the owner");
        assertEquals(backend.get("YOKOTEN_DB_PASSWORD").asText(), env.get("YOKOTEN_DB_PASSWORD").asText());
        assertEquals(backend.get("YOKOTEN_DB_OWNER_PASSWORD").asText(), env.get("YOKOTEN_DB_OWNER_PASSWORD").asText());
        assertNotEquals(env.get("POSTGRES_USER").asText(), backend.get("YOKOTEN_DB_USER").asText(), "the API must not run as the superuser");
        assertNotEquals(backend.get("YOKOTEN_DB_OWNER_USER").asText(), backend.get("YOKOTEN_DB_USER").asText());
    }

    @Test
    void objectStorageIsAnOptInProfileAndTheDefaultPortalKeepsFilesInPostgres() throws Exception {
        JsonNode services = compose().get("services");
        JsonNode minio = services.get("minio");
        assertEquals("s3", minio.get("profiles").get(0).asText(), "minio only starts with --profile s3");
        JsonNode backend = services.get("backend");
        assertEquals("${YOKOTEN_FILES_STORE:-postgres}", backend.get("environment").get("YOKOTEN_FILES_STORE").asText());
        assertEquals("http://minio:9000", backend.get("environment").get("YOKOTEN_S3_ENDPOINT").asText());
        assertEquals(minio.get("environment").get("MINIO_ROOT_USER").asText(), backend.get("environment").get("YOKOTEN_S3_ACCESS_KEY_ID").asText());
        assertEquals(minio.get("environment").get("MINIO_ROOT_PASSWORD").asText(),
                backend.get("environment").get("YOKOTEN_S3_SECRET_ACCESS_KEY").asText());
        assertFalse(backend.get("depends_on").get("minio").get("required").asBoolean(), "the default portal starts without minio");
        for (String s : List.of("postgres", "keycloak", "greenmail", "backend", "frontend")) {
            assertTrue(services.get(s).path("profiles").isMissingNode(), s + " must stay in the default portal");
        }
    }

    @Test
    void backendGetsEveryVariableTheProductionProfileRequires() throws Exception {
        JsonNode env = compose().get("services").get("backend").get("environment");
        for (String variable : ProductionConfigTest.REQUIRED.values()) {
            assertTrue(env.has(variable) && !env.get(variable).asText().isBlank(), variable + " is not passed to the backend");
        }
    }
}
