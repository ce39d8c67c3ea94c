package jp.yokoten.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * An S3-compatible server of the test's own: S3Proxy (Maven Central, org.gaul:s3proxy jar-with-dependencies,
 * copied to target/s3proxy by backend/pom.xml) as a separate JVM on a free port, objects on disk in a
 * temporary folder, started before the API and stopped after it. Its heap is its own, so the API's 256 MiB
 * proof measures the API alone.
 */
public class S3ProxyResource implements QuarkusTestResourceLifecycleManager {
    public static final String BUCKET = "yokoten-test-files";
    private static final String ACCESS_KEY = "yokoten-test";
    private static final String SECRET_KEY = "yokoten-test-secret";

    private Process process;
    private Path folder;

    static Path jar() {
        String configured = System.getProperty("s3proxy.jar");
        Path jar = configured != null ? Path.of(configured) : Path.of("target/s3proxy/s3proxy.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("S3Proxy jar not found at " + jar.toAbsolutePath()
                    + "; the Maven build copies it there (maven-dependency-plugin, execution s3proxy)");
        }
        return jar;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public Map<String, String> start() {
        try {
            int port = freePort();
            folder = Files.createTempDirectory("yokoten-s3proxy");
            Files.createDirectories(folder.resolve("data"));
            String endpoint = "http://127.0.0.1:" + port;
            Path properties = folder.resolve("s3proxy.properties");
            Files.writeString(properties, String.join("\n",
                    "s3proxy.endpoint=" + endpoint,
                    "s3proxy.authorization=aws-v2-or-v4",
                    "s3proxy.identity=" + ACCESS_KEY,
                    "s3proxy.credential=" + SECRET_KEY,
                    "jclouds.provider=filesystem-nio2",
                    "jclouds.identity=unused",
                    "jclouds.credential=unused",
                    "jclouds.filesystem.basedir=" + folder.resolve("data"), ""));
            Path java = Path.of(System.getProperty("java.home"), "bin", "java");
            Path log = Files.createDirectories(Path.of("target", "s3proxy")).resolve("s3proxy-" + port + ".log");
            process = new ProcessBuilder(java.toString(), "-Xmx128m", "-XX:TieredStopAtLevel=1", "-jar", jar().toString(),
                    "--properties", properties.toString())
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            try {
                awaitAnswer(URI.create(endpoint + "/"), log);
            } catch (IOException | RuntimeException e) {
                stop();   // no S3Proxy process or temporary folder outlives a failed start
                throw e;
            }
            return Map.of(
                    "yokoten.files.store", "s3",
                    "yokoten.files.s3.endpoint", endpoint,
                    "yokoten.files.s3.bucket", BUCKET,
                    "yokoten.files.s3.access-key-id", ACCESS_KEY,
                    "yokoten.files.s3.secret-access-key", SECRET_KEY);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Any HTTP answer (403 to an unsigned request) means Jetty is serving; about 8 s on a busy machine. */
    private void awaitAnswer(URI uri, Path log) throws IOException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("S3Proxy exited with " + process.exitValue() + "; see " + log.toAbsolutePath());
            }
            try {
                client.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding());
                return;
            } catch (IOException e) {
                sleep();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        stop();
        throw new IllegalStateException("S3Proxy did not answer within 90 s; see " + log.toAbsolutePath());
    }

    private static void sleep() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void stop() {
        if (process != null) {
            process.destroy();
            try {
                if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            process = null;
        }
        if (folder != null) {
            try (Stream<Path> paths = Files.walk(folder)) {
                paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                // A temporary folder; nothing else depends on it.
            }
            folder = null;
        }
    }
}
