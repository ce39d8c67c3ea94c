package jp.yokoten.fault;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.List;

/**
 * The packaged API (target/quarkus-app/quarkus-run.jar, built by the package phase before this suite runs) on
 * port 18080 against the suite's own PostgreSQL and Keycloak. Its working directory is the suite's temporary
 * directory, so multipart spool files left by a kill -9 go away with it.
 */
final class PackagedApi {
    static final int PORT = Integer.getInteger("yokoten.fault.apiPort", 18080);
    static final int MANAGEMENT_PORT = Integer.getInteger("yokoten.fault.apiManagementPort", 19080);
    static final URI BASE = URI.create("http://127.0.0.1:" + PORT + "/");

    private final OwnProcesses own;
    private final Path dir;
    private final Path log;
    private final String dbUrl;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private Process process;

    PackagedApi(OwnProcesses own, Path dir, String dbUrl) {
        this.own = own;
        this.dir = dir;
        this.log = dir.resolve("api.log");
        this.dbUrl = dbUrl;
    }

    static Path jar() {
        return Path.of(System.getProperty("yokoten.fault.jar", "target/quarkus-app/quarkus-run.jar"));
    }

    Path log() {
        return log;
    }

    void start() throws Exception {
        start(Map.of());
    }

    /** Starts it with {@code extra} settings on top of the suite's production environment. */
    void start(Map<String, String> extra) throws Exception {
        ProcessBuilder b = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m", "-jar", jar().toAbsolutePath().toString())
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        var env = b.environment();
        env.keySet().removeIf(k -> k.startsWith("QUARKUS_") || k.startsWith("YOKOTEN_"));
        env.put("YOKOTEN_HTTP_PORT", String.valueOf(PORT));
        env.put("QUARKUS_MANAGEMENT_PORT", String.valueOf(MANAGEMENT_PORT));
        env.put("YOKOTEN_DB_URL", dbUrl);
        // The production profile has no defaults; the suite's own instance trusts local connections, so one
        // role serves both (grants are then skipped) and the passwords only have to be non-empty.
        env.put("YOKOTEN_DB_USER", "postgres");
        env.put("YOKOTEN_DB_PASSWORD", "trust-auth");
        env.put("YOKOTEN_DB_OWNER_USER", "postgres");
        env.put("YOKOTEN_DB_OWNER_PASSWORD", "trust-auth");
        // The suite measures faults, not rate limits: six writers per user exceed 20 requests/s by design.
        env.put("YOKOTEN_RATE_LIMIT_ENABLED", "false");
        env.put("YOKOTEN_OIDC_URL", OwnKeycloak.REALM_URL);
        env.put("YOKOTEN_DEMO", "false");
        // Production names every mail setting; nothing listens here, so queued mail waits in the outbox.
        env.put("YOKOTEN_SMTP_HOST", "127.0.0.1");
        env.put("YOKOTEN_SMTP_PORT", "39025");
        env.put("YOKOTEN_SMTP_TLS", "false");
        env.put("YOKOTEN_SMTP_START_TLS", "DISABLED");
        env.put("YOKOTEN_MAIL_FROM", "yokoten@yokoten.local");
        env.put("YOKOTEN_PUBLIC_URL", "http://localhost:5173");
        env.putAll(extra);
        process = own.start(b);
    }

    /** The exit code once the process ends on its own within {@code limit}; fails if it is still running then. */
    int awaitExit(Duration limit) throws Exception {
        if (!process.waitFor(limit.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
            throw new IllegalStateException("The API still runs after " + limit + ":\n" + tail());
        }
        return process.exitValue();
    }

    /** kill -9: no shutdown hook, no transaction completion. */
    void killHard() throws Exception {
        process.destroyForcibly();
        process.waitFor();
    }

    void stop() {
        OwnProcesses.kill(process, false);
    }

    void awaitReady(Duration limit) throws Exception {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The API exited:\n" + tail());
            }
            if (readiness() == 200) {
                return;
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("The API was not ready after " + limit + ":\n" + tail());
    }

    /** /q/health/ready on the public port, or on the management port once that interface is enabled. */
    int readiness() {
        for (int port : new int[] {PORT, MANAGEMENT_PORT}) {
            try {
                HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/q/health/ready"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() != 404) {
                    return r.statusCode();
                }
            } catch (Exception unreachable) {
                // try the other port
            }
        }
        return -1;
    }

    String tail() throws Exception {
        List<String> lines = Files.exists(log) ? Files.readAllLines(log) : List.of();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
    }
}
