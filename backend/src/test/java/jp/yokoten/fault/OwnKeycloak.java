package jp.yokoten.fault;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

/**
 * A Keycloak of the suite's own on ports 8280/9280, run from the distribution that deploy/keycloak.sh
 * unpacked, with a home directory of its own (bin copied, the rest linked) so its data and realm import do
 * not touch the shared instance. dev-mem database: every start imports the realm with new signing keys.
 */
final class OwnKeycloak {
    static final int PORT = Integer.getInteger("yokoten.fault.keycloakPort", 8280);
    static final int MANAGEMENT_PORT = Integer.getInteger("yokoten.fault.keycloakManagementPort", 9280);
    static final String REALM_URL = "http://localhost:" + PORT + "/realms/yokoten";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final OwnProcesses own;
    private final Path home;
    private final Path log;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private Process process;

    OwnKeycloak(OwnProcesses own, Path dir) {
        this.own = own;
        this.home = dir.resolve("keycloak");
        this.log = dir.resolve("keycloak.log");
    }

    static Path distribution() {
        String cache = System.getenv().getOrDefault("YOKOTEN_CACHE", System.getProperty("user.home") + "/.cache/yokoten");
        return Path.of(System.getProperty("yokoten.fault.keycloakHome", cache + "/keycloak-26.7.3"));
    }

    void prepare(Path realmFile) throws Exception {
        Path dist = distribution();
        if (!Files.isRegularFile(dist.resolve("bin/kc.sh"))) {
            throw new IllegalStateException("No Keycloak distribution at " + dist + ": run `bash deploy/keycloak.sh start` once.");
        }
        Files.createDirectories(home.resolve("bin"));
        try (var files = Files.list(dist.resolve("bin"))) {
            for (Path f : files.toList()) {
                if (Files.isRegularFile(f)) {
                    Files.copy(f, home.resolve("bin").resolve(f.getFileName()));
                    home.resolve("bin").resolve(f.getFileName()).toFile().setExecutable(f.toFile().canExecute());
                }
            }
        }
        for (String linked : List.of("lib", "providers", "themes", "conf")) {
            Files.createSymbolicLink(home.resolve(linked), dist.resolve(linked));
        }
        Files.createDirectories(home.resolve("data/import"));
        Files.copy(realmFile, home.resolve("data/import/yokoten-realm.json"));
    }

    /** Starts without waiting; {@link #awaitReady} waits. */
    void start() throws Exception {
        ProcessBuilder b = new ProcessBuilder(home.resolve("bin/kc.sh").toString(), "start", "--optimized", "--import-realm",
                "--cache=local", "--http-host=127.0.0.1", "--http-port=" + PORT, "--http-management-port=" + MANAGEMENT_PORT,
                "--hostname=http://localhost:" + PORT, "--hostname-strict=false", "--http-enabled=true")
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        b.environment().put("JAVA_HOME", System.getProperty("java.home"));
        b.environment().keySet().removeIf(k -> k.startsWith("KC_"));
        process = own.start(b);
    }

    void awaitReady(Duration limit) throws Exception {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak exited; see " + log + ":\n" + tail());
            }
            try {
                HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create(REALM_URL)).timeout(Duration.ofSeconds(2)).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (java.io.IOException notYet) {
                // still starting
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("Keycloak not ready after " + limit + ":\n" + tail());
    }

    void stop() {
        OwnProcesses.kill(process, false);
    }

    /** An access token for a demo user through the DEMO-ONLY password-grant client demo-test-cli. */
    String token(String username) throws Exception {
        String form = "grant_type=password&client_id=demo-test-cli&username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                + "&password=demo1234";
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(REALM_URL + "/protocol/openid-connect/token"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("token for " + username + ": " + r.statusCode() + " " + r.body());
        }
        return JSON.readTree(r.body()).get("access_token").asText();
    }

    static String kid(String jwt) throws Exception {
        JsonNode header = JSON.readTree(Base64.getUrlDecoder().decode(jwt.substring(0, jwt.indexOf('.'))));
        return header.path("kid").asText();
    }

    private String tail() throws Exception {
        List<String> lines = Files.exists(log) ? Files.readAllLines(log) : List.of();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
    }
}
