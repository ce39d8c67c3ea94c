package jp.yokoten.fault;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Executors;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * What every fault scenario shares: the processes of the suite (its own PostgreSQL, Keycloak and the packaged
 * API, started once because each takes up to a minute on a busy machine), the publisher's token, and the HTTP
 * calls the scenarios make as a user would.
 */
final class FaultStack implements AutoCloseable {
    static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).executor(Executors.newVirtualThreadPerTaskExecutor()).build();

    final OwnProcesses own;
    final Path work;
    final OwnPostgres postgres;
    final OwnKeycloak keycloak;
    final PackagedApi api;
    private volatile String token;

    private FaultStack(OwnProcesses own, Path work, OwnPostgres postgres, OwnKeycloak keycloak, PackagedApi api) {
        this.own = own;
        this.work = work;
        this.postgres = postgres;
        this.keycloak = keycloak;
        this.api = api;
    }

    /** Starts Keycloak, PostgreSQL and the API side by side, then waits for a publisher's token to be accepted. */
    static FaultStack start() throws Exception {
        OwnProcesses own = new OwnProcesses();
        try {
            Path work = own.directory("yokoten-fault-");
            OwnKeycloak keycloak = new OwnKeycloak(own, work);
            keycloak.prepare(Path.of(System.getProperty("yokoten.fault.realm", "../deploy/keycloak/yokoten-realm.json")));
            keycloak.start();
            OwnPostgres postgres = new OwnPostgres(own, work);
            postgres.init();
            PackagedApi api = new PackagedApi(own, work, postgres.jdbcUrl());
            api.start();
            api.awaitReady(Duration.ofSeconds(240));
            keycloak.awaitReady(Duration.ofSeconds(240));
            FaultStack stack = new FaultStack(own, work, postgres, keycloak, api);
            stack.token = keycloak.token("koto-publisher");
            awaitStatus(200, () -> stack.get("api/v1/me"), Duration.ofSeconds(20));
            return stack;
        } catch (Exception | Error e) {
            own.cleanUp();
            throw e;
        }
    }

    @Override
    public void close() {
        own.cleanUp();
    }

    /** koto-publisher's current token; renewed once Keycloak's old keys are gone. */
    String token() {
        return token;
    }

    void renewToken() throws Exception {
        token = keycloak.token("koto-publisher");
    }

    record Answer(int status, String contentType, String retryAfterHeader, String body, long millis) {
        boolean problem() {
            return contentType != null && contentType.startsWith("application/problem+json");
        }

        boolean retryAfter() {
            return retryAfterHeader != null && !retryAfterHeader.isBlank();
        }

        @Override
        public String toString() {
            return status + " " + contentType + " in " + millis + " ms" + (retryAfter() ? " Retry-After " + retryAfterHeader : "")
                    + ": " + (body.length() > 300 ? body.substring(0, 300) : body);
        }
    }

    interface Call {
        Answer call() throws Exception;
    }

    Answer get(String path) {
        return get(path, token);
    }

    static Answer get(String path, String bearer) {
        return send("GET", path, bearer, null);
    }

    Answer send(String method, String path, String json) {
        return send(method, path, token, json);
    }

    static Answer send(String method, String path, String bearer, String json) {
        HttpRequest.Builder b = HttpRequest.newBuilder(PackagedApi.BASE.resolve(path)).timeout(Duration.ofSeconds(15))
                .header("Authorization", "Bearer " + bearer);
        if (json != null) {
            b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        } else {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return exchange(b.build());
    }

    private static Answer exchange(HttpRequest request) {
        long start = System.nanoTime();
        try {
            HttpResponse<String> r = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            return new Answer(r.statusCode(), r.headers().firstValue("Content-Type").orElse(null),
                    r.headers().firstValue("Retry-After").orElse(null), r.body(), (System.nanoTime() - start) / 1_000_000);
        } catch (HttpTimeoutException e) {
            return new Answer(-1, null, null, "no answer: " + e, (System.nanoTime() - start) / 1_000_000);
        } catch (Exception e) {
            return new Answer(-2, null, null, "failed: " + e, (System.nanoTime() - start) / 1_000_000);
        }
    }

    static void awaitStatus(int status, Call call, Duration limit) throws Exception {
        long deadline = System.nanoTime() + limit.toNanos();
        Answer last = null;
        while (System.nanoTime() < deadline) {
            last = call.call();
            if (last.status() == status) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("expected " + status + " within " + limit + ", last answer " + last);
    }

    static String templateBody(String title) throws Exception {
        return JSON.writeValueAsString(Map.of("title", title, "platform", "kintone", "category", "disaster-prevention",
                "personalData", "none", "summary", "障害試験で作成したテンプレート", "tags", List.of("試験")));
    }

    String createTemplate(String title) throws Exception {
        Answer a = send("POST", "api/v1/templates", templateBody(title));
        assertEquals(201, a.status(), a.body());
        return JSON.readTree(a.body()).get("id").asText();
    }

    Answer upload(String id, String version, Path file) throws Exception {
        String boundary = "yokoten-fault-" + System.nanoTime();
        String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"version\"\r\n\r\n" + version + "\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"data.zip\"\r\n"
                + "Content-Type: application/zip\r\n\r\n";
        String tail = "\r\n--" + boundary + "--\r\n";
        return exchange(HttpRequest.newBuilder(PackagedApi.BASE.resolve("api/v1/templates/" + id + "/versions"))
                .timeout(Duration.ofSeconds(120))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.concat(HttpRequest.BodyPublishers.ofString(head),
                        HttpRequest.BodyPublishers.ofFile(file), HttpRequest.BodyPublishers.ofString(tail)))
                .build());
    }

    /** A zip holding one STORED entry of random bytes: nothing to inflate, so the governance scan is quick. */
    Path randomZip(String name, long size) throws Exception {
        Path path = work.resolve(name);
        int n = (int) (size - 200);
        byte[] data = new byte[n];
        new Random(size).nextBytes(data);
        CRC32 crc = new CRC32();
        crc.update(data);
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(path))) {
            ZipEntry e = new ZipEntry("data/random.bin");
            e.setMethod(ZipEntry.STORED);
            e.setSize(n);
            e.setCompressedSize(n);
            e.setCrc(crc.getValue());
            zip.putNextEntry(e);
            zip.write(data);
            zip.closeEntry();
        }
        return path;
    }

    /** The API's log lines that contain {@code needle}. */
    long logLines(String needle) throws Exception {
        return Files.readAllLines(api.log()).stream().filter(l -> l.contains(needle)).count();
    }
}
