package jp.yokoten.template;

import static jp.yokoten.template.TemplateFixtures.KOTO_PUBLISHER;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The streaming proof: surefire runs this JVM — test client and application together — with a heap cap
 * of 256 MiB (backend/pom.xml argLine), and a 50 MiB file goes up and comes back intact.
 */
@QuarkusTest
class LargeFileStreamingTest {
    private static final long LIMIT = 50L * 1024 * 1024;
    /** HTTP/1.1: a plain streamed body, no h2c upgrade and HTTP/2 flow-control buffers in a 256 MiB heap. */
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @TestHTTPResource("/")
    URI base;

    private Path file;

    @AfterEach
    void removeFile() throws Exception {
        if (file != null) {
            Files.deleteIfExists(file);
        }
    }

    /**
     * A zip ending just under the size limit: a résident list of 200,000 rows (about 8 MiB of text, which the
     * governance scan reads in full) and incompressible bytes for the rest, written straight to disk.
     */
    private Path largeZip(long targetSize) throws Exception {
        Path path = Files.createTempFile("yokoten-large", ".zip");
        Random random = new Random(42);
        byte[] block = new byte[1024 * 1024];
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(path))) {
            zip.putNextEntry(new ZipEntry("data/residents.csv"));
            zip.write("氏名,生年月日,地区\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            for (int i = 0; i < 200_000; i++) {
                zip.write(("住民" + i + ",19" + (40 + i % 60) + "-0" + (1 + i % 9) + "-1" + i % 10 + ",東陽\n")
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("data/random.bin"));
            long remaining = targetSize - Files.size(path) - 64 * 1024; // deflate adds ~0.03% to random bytes
            while (remaining > 0) {
                random.nextBytes(block);
                int n = (int) Math.min(block.length, remaining);
                zip.write(block, 0, n);
                remaining -= n;
            }
            zip.closeEntry();
        }
        return path;
    }

    private static HttpRequest.Builder asKotoPublisher(HttpRequest.Builder builder) {
        return builder.header("X-Test-User", "koto-publisher").header("X-Test-Roles", "staff,publisher").header("X-Test-Ward", "koto");
    }

    /**
     * Multipart upload streamed from disk by java.net.http: REST Assured's failure logging would
     * pretty-print a 50 MiB body into the test JVM's heap.
     */
    private HttpResponse<String> upload(String id, Path zip) throws Exception {
        String boundary = "yokoten-" + System.nanoTime();
        String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"version\"\r\n\r\n1.0.0\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"large.zip\"\r\n"
                + "Content-Type: application/zip\r\n\r\n";
        String tail = "\r\n--" + boundary + "--\r\n";
        HttpRequest request = asKotoPublisher(HttpRequest.newBuilder(base.resolve("api/v1/templates/" + id + "/versions")))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.concat(HttpRequest.BodyPublishers.ofString(head),
                        HttpRequest.BodyPublishers.ofFile(zip), HttpRequest.BodyPublishers.ofString(tail)))
                .build();
        return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void fiftyMebibyteUploadAndDownloadStreamUnderA256MebibyteHeap() throws Exception {
        assertTrue(Runtime.getRuntime().maxMemory() <= 256L * 1024 * 1024,
                "this proof only holds with -Xmx256m; max heap is " + Runtime.getRuntime().maxMemory());
        file = largeZip(LIMIT);
        long size = Files.size(file);
        assertTrue(size <= LIMIT && size > LIMIT - 2 * 1024 * 1024, "fixture size " + size);
        MessageDigest fileSha = MessageDigest.getInstance("SHA-256");
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), fileSha)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        String expectedSha = HexFormat.of().formatHex(fileSha.digest());

        TemplateFixtures t = TemplateFixtures.draft(KOTO_PUBLISHER);
        HttpResponse<String> upload = upload(t.id, file);
        assertEquals(201, upload.statusCode(), upload.body());
        assertTrue(upload.body().contains("\"sha256\":\"" + expectedSha + "\""), upload.body());
        assertTrue(upload.body().contains("\"size\":" + size), upload.body());
        KOTO_PUBLISHER.request().get("/api/v1/templates/" + t.id + "/versions/1.0.0/findings").then().statusCode(200)
                .body("items[0].rule", equalTo("personal.birth-date-with-name"))
                .body("items[0].excerpt", equalTo("200000 row(s) with a name and a date of birth"));

        HttpRequest request = asKotoPublisher(HttpRequest.newBuilder(base.resolve("api/v1/templates/" + t.id + "/versions/1.0.0/file")))
                .build();
        HttpResponse<InputStream> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofInputStream());
        assertEquals(200, response.statusCode());
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        long received;
        try (InputStream in = new DigestInputStream(response.body(), sha)) {
            received = in.transferTo(OutputStream.nullOutputStream());
        }
        assertEquals(size, received);
        assertEquals(expectedSha, HexFormat.of().formatHex(sha.digest()));
    }

    @Test
    void fileOverTheLimitIsRefusedWith413() throws Exception {
        file = largeZip(LIMIT + 1024 * 1024);
        TemplateFixtures t = TemplateFixtures.draft(KOTO_PUBLISHER);
        HttpResponse<String> upload = upload(t.id, file);
        assertEquals(413, upload.statusCode(), upload.body());
        assertEquals("application/problem+json", upload.headers().firstValue("Content-Type").orElse(""));
        KOTO_PUBLISHER.request().get("/api/v1/templates/" + t.id + "/versions").then().body("total", equalTo(0));
    }
}
