package jp.yokoten.deploy;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * deploy/k8s read as the cluster would: every file parses, kustomization lists them all, and the API's
 * Deployment agrees with application.properties — container ports, probes that the running API answers on
 * the port they name, environment names the API reads, every variable production requires set, Secrets that
 * docs/operations.md tells the operator to create, database names and roles matching the operator clusters.
 */
@QuarkusTest
class KubernetesManifestsTest {
    private static final Path ROOT = Path.of("..");
    private static final Path K8S = ROOT.resolve("deploy/k8s");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{(YOKOTEN_[A-Z0-9_]+)(:?)");

    private static List<Path> manifestFiles() throws Exception {
        try (Stream<Path> files = Files.list(K8S)) {
            return files.filter(f -> f.toString().endsWith(".yaml") && !f.endsWith("kustomization.yaml")).sorted().toList();
        }
    }

    private static List<JsonNode> documents() throws Exception {
        List<JsonNode> documents = new ArrayList<>();
        for (Path file : manifestFiles()) {
            try (var parser = YAML.getFactory().createParser(file.toFile())) {
                YAML.readValues(parser, JsonNode.class).forEachRemaining(d -> {
                    if (d != null && !d.isEmpty()) {
                        documents.add(d);
                    }
                });
            }
        }
        return documents;
    }

    private static JsonNode find(String kind, String name) throws Exception {
        return documents().stream().filter(d -> kind.equals(d.path("kind").asText()) && name.equals(d.path("metadata").path("name").asText()))
                .findFirst().orElseThrow(() -> new AssertionError(kind + " " + name + " is missing from deploy/k8s"));
    }

    private static String properties() throws Exception {
        return Files.readString(Path.of("src/main/resources/application.properties"));
    }

    /** The default of {@code key=${VAR:default}} in application.properties (no profile prefix). */
    private static String defaultOf(String key) throws Exception {
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(key) + "=\\$\\{([A-Z0-9_]+):([^}]*)}").matcher(properties());
        assertTrue(m.find(), key + " not found in application.properties");
        return m.group(2);
    }

    private static JsonNode apiContainer() throws Exception {
        return find("Deployment", "yokoten-api").path("spec").path("template").path("spec").path("containers").get(0);
    }

    /** Every variable the API container gets: its env entries and the keys of the ConfigMaps it takes whole. */
    private static Map<String, String> apiEnvironment() throws Exception {
        Map<String, String> env = new HashMap<>();
        JsonNode container = apiContainer();
        for (JsonNode from : container.path("envFrom")) {
            JsonNode data = find("ConfigMap", from.path("configMapRef").path("name").asText()).path("data");
            data.fields().forEachRemaining(e -> env.put(e.getKey(), e.getValue().asText()));
        }
        for (JsonNode e : container.path("env")) {
            env.put(e.path("name").asText(), e.has("value") ? e.path("value").asText() : "<from " + e.path("valueFrom") + ">");
        }
        return env;
    }

    private static int containerPort(JsonNode container, String name) {
        for (JsonNode p : container.path("ports")) {
            if (name.equals(p.path("name").asText())) {
                return p.path("containerPort").asInt();
            }
        }
        throw new AssertionError("container " + container.path("name").asText() + " has no port named " + name);
    }

    @Test
    void everyManifestParsesAndKustomizationListsThemAll() throws Exception {
        JsonNode kustomization = YAML.readTree(K8S.resolve("kustomization.yaml").toFile());
        Set<String> listed = new TreeSet<>();
        kustomization.path("resources").forEach(r -> listed.add(r.asText()));
        Set<String> present = new TreeSet<>();
        manifestFiles().forEach(f -> present.add(f.getFileName().toString()));
        assertEquals(present, listed, "kustomization.yaml resources and the files of deploy/k8s");
        for (JsonNode d : documents()) {
            assertFalse(d.path("apiVersion").asText().isBlank(), "a document without apiVersion: " + d);
            assertFalse(d.path("kind").asText().isBlank(), "a document without kind: " + d);
            assertFalse(d.path("metadata").path("name").asText().isBlank(), "a document without a name: " + d);
        }
    }

    @Test
    void apiRunsAtLeastTwoReplicasOnThePortsTheApplicationListensOn() throws Exception {
        assertTrue(find("Deployment", "yokoten-api").path("spec").path("replicas").asInt() >= 2, "stateless replicas: at least two");
        JsonNode api = apiContainer();
        String httpPort = defaultOf("quarkus.http.port");
        String managementPort = defaultOf("quarkus.management.port");
        Map<String, String> env = apiEnvironment();
        assertEquals(Integer.parseInt(env.getOrDefault("YOKOTEN_HTTP_PORT", httpPort)), containerPort(api, "http"));
        assertEquals(Integer.parseInt(env.getOrDefault("YOKOTEN_MANAGEMENT_PORT", managementPort)), containerPort(api, "management"));
        JsonNode service = find("Service", "yokoten-api");
        for (JsonNode p : service.path("spec").path("ports")) {
            containerPort(api, p.path("targetPort").asText());
        }
    }

    @Test
    void probesNameHealthPathsTheRunningApiAnswersOnThePortTheyName() throws Exception {
        JsonNode api = apiContainer();
        // Health is on the HTTP port unless application.properties moves it to the management interface.
        boolean healthOnManagement = properties().contains("quarkus.smallrye-health.management.enabled=true");
        String healthPortName = healthOnManagement ? "management" : "http";
        int testPort = healthOnManagement
                ? ConfigProvider.getConfig().getValue("quarkus.management.test-port", Integer.class)
                : ConfigProvider.getConfig().getValue("quarkus.http.test-port", Integer.class);
        Map<String, String> expected = Map.of("readinessProbe", "/q/health/ready", "livenessProbe", "/q/health/live");
        for (var probe : expected.entrySet()) {
            JsonNode get = api.path(probe.getKey()).path("httpGet");
            assertEquals(probe.getValue(), get.path("path").asText(), probe.getKey());
            assertEquals(healthPortName, get.path("port").asText(), probe.getKey() + " port");
        }
        for (String probe : List.of("readinessProbe", "livenessProbe", "startupProbe")) {
            JsonNode get = api.path(probe).path("httpGet");
            if (get.isMissingNode()) {
                continue;
            }
            given().port(testPort).get(get.path("path").asText()).then().statusCode(200);
        }
    }

    @Test
    void everyEnvironmentNameIsOneTheApiReadsAndEveryRequiredOneIsSet() throws Exception {
        Set<String> read = new TreeSet<>();
        Set<String> required = new TreeSet<>();
        Matcher m = VARIABLE.matcher(properties());
        while (m.find()) {
            read.add(m.group(1));
            if (m.group(2).isEmpty()) {
                required.add(m.group(1));
            }
        }
        Map<String, String> env = apiEnvironment();
        for (String name : env.keySet()) {
            assertTrue(read.contains(name), name + " is set in deploy/k8s but application.properties reads no ${" + name + "}");
        }
        for (String name : required) {
            assertTrue(env.containsKey(name) && !env.get(name).isBlank(), name + " is required in production but not set in deploy/k8s");
        }
    }

    @Test
    void everySecretTheManifestsReferenceIsOneTheOperationsGuideSaysToCreate() throws Exception {
        String guide = Files.readString(ROOT.resolve("docs/operations.md"));
        Set<String> secrets = new TreeSet<>();
        for (JsonNode d : documents()) {
            d.findValues("secretKeyRef").forEach(r -> secrets.add(r.path("name").asText()));
            d.findValues("passwordSecret").forEach(r -> secrets.add(r.path("name").asText()));
            d.findValues("usernameSecret").forEach(r -> secrets.add(r.path("name").asText()));
            d.findValues("secret").forEach(r -> secrets.add(r.path("name").asText()));
            d.findValues("tlsSecret").forEach(r -> secrets.add(r.asText()));
            d.findValues("secretName").forEach(r -> secrets.add(r.asText()));
            d.findValues("accessKeyId").forEach(r -> secrets.add(r.path("name").asText()));
        }
        secrets.remove("");
        assertTrue(secrets.size() >= 5, "secrets found: " + secrets);
        for (String secret : secrets) {
            assertTrue(guide.contains("`" + secret + "`"), "docs/operations.md does not tell how to create Secret " + secret);
        }
    }

    @Test
    void databaseClustersMatchWhatTheApiAndKeycloakConnectTo() throws Exception {
        JsonNode db = find("Cluster", "yokoten-db").path("spec");
        assertTrue(db.path("instances").asInt() >= 2, "a primary and at least one streaming replica");
        JsonNode initdb = db.path("bootstrap").path("initdb");
        assertEquals("C.UTF-8", initdb.path("localeCollate").asText(), "pg_trgm finds no trigrams in Japanese under plain C");
        assertEquals("C.UTF-8", initdb.path("localeCType").asText());
        Map<String, String> env = apiEnvironment();
        assertEquals("jdbc:postgresql://yokoten-db-rw:5432/" + initdb.path("database").asText(), env.get("YOKOTEN_DB_URL"), "writes go to the primary");
        assertEquals(initdb.path("owner").asText(), env.get("YOKOTEN_DB_OWNER_USER"), "Flyway migrates as the database owner");
        JsonNode appRole = db.path("managed").path("roles").get(0);
        assertNotNull(appRole);
        assertEquals(appRole.path("name").asText(), env.get("YOKOTEN_DB_USER"), "the API runs as the managed runtime role");
        assertFalse(appRole.path("superuser").asBoolean() || appRole.path("createdb").asBoolean() || appRole.path("createrole").asBoolean());

        JsonNode keycloak = find("Keycloak", "keycloak").path("spec");
        JsonNode keycloakDb = find("Cluster", "keycloak-db").path("spec").path("bootstrap").path("initdb");
        assertEquals("keycloak-db-rw", keycloak.path("db").path("host").asText());
        assertEquals(keycloakDb.path("database").asText(), keycloak.path("db").path("database").asText());
        assertTrue(keycloak.path("instances").asInt() >= 2);
        assertTrue(env.get("YOKOTEN_OIDC_URL").startsWith(keycloak.path("hostname").path("hostname").asText() + "/realms/yokoten"),
                "the API's issuer is the Keycloak hostname browsers see");
    }

    @Test
    void ingressSendsTheApiPathToTheApiAndTheRestToTheSpa() throws Exception {
        JsonNode ingress = find("Ingress", "yokoten");
        Map<String, String> backends = new HashMap<>();
        for (JsonNode path : ingress.path("spec").path("rules").get(0).path("http").path("paths")) {
            JsonNode service = path.path("backend").path("service");
            backends.put(path.path("path").asText(), service.path("name").asText());
            JsonNode target = find("Service", service.path("name").asText());
            boolean portExists = false;
            for (JsonNode p : target.path("spec").path("ports")) {
                portExists |= p.path("name").asText().equals(service.path("port").path("name").asText());
            }
            assertTrue(portExists, "Ingress names a port Service " + service.path("name").asText() + " does not have");
        }
        assertEquals(Map.of("/api", "yokoten-api", "/", "yokoten-spa"), backends);
        assertEquals("60m", ingress.path("metadata").path("annotations").path("nginx.ingress.kubernetes.io/proxy-body-size").asText(),
                "the ingress admits what quarkus.http.limits.max-body-size admits");
        assertTrue(properties().contains("quarkus.http.limits.max-body-size=60M"));
    }

    @Test
    void spaReadsItsKeycloakFromAConfigMapMountedWhereTheImageServesConfigJson() throws Exception {
        JsonNode pod = find("Deployment", "yokoten-spa").path("spec").path("template").path("spec");
        JsonNode mount = pod.path("containers").get(0).path("volumeMounts").get(0);
        // nginx serves the SPA from its root, where the Dockerfile copies dist: the SPA fetches /config.json there.
        String root = Files.readString(ROOT.resolve("frontend/nginx.conf")).replaceAll("(?s).*\\broot (\\S+);.*", "$1");
        assertTrue(Files.readString(ROOT.resolve("frontend/Dockerfile")).contains("/src/frontend/dist " + root + "\n"));
        assertEquals(root + "/config.json", mount.path("mountPath").asText());
        JsonNode volume = pod.path("volumes").get(0);
        assertEquals(mount.path("name").asText(), volume.path("name").asText());
        JsonNode map = find("ConfigMap", volume.path("configMap").path("name").asText()).path("data");
        JsonNode spa = new ObjectMapper().readTree(map.path(mount.path("subPath").asText()).asText());
        assertEquals(apiEnvironment().get("YOKOTEN_OIDC_URL"), spa.path("keycloakUrl").asText() + "/realms/" + spa.path("realm").asText(),
                "the SPA logs in at the issuer the API trusts");
        JsonNode realm = new ObjectMapper().readTree(ROOT.resolve("deploy/keycloak/yokoten-realm-production.json").toFile());
        boolean clientExists = false;
        for (JsonNode client : realm.path("clients")) {
            clientExists |= client.path("clientId").asText().equals(spa.path("clientId").asText());
        }
        assertTrue(clientExists, "the realm has the SPA's client " + spa.path("clientId"));
    }
}
