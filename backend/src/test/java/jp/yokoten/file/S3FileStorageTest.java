package jp.yokoten.file;

import static jp.yokoten.template.TemplateFixtures.KOTO_PUBLISHER;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.UUID;
import jp.yokoten.template.TemplateFixtures;
import jp.yokoten.testing.Db;
import jp.yokoten.testing.S3ProxyResource;
import jp.yokoten.testing.S3StorageProfile;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Template files in an S3-compatible bucket (S3Proxy started by the profile): the bytes land in the bucket and
 * come back identical, a rolled-back transaction leaves no object behind, the sweep removes orphans and only
 * them, and files stored in PostgreSQL before the switch are still served. The bucket is read by a client of
 * the test's own, not through the storage under test.
 */
@QuarkusTest
@TestProfile(S3StorageProfile.class)
class S3FileStorageTest {
    @Inject
    FileStorage storage;

    @Inject
    S3FileStorage s3Storage;

    @Inject
    PostgresFileStorage postgresStorage;

    @Inject
    FilesConfig filesConfig;

    @Inject
    jakarta.persistence.EntityManager em;

    @Inject
    jakarta.transaction.TransactionSynchronizationRegistry transactions;

    @Inject
    Db db;

    private S3Client bucket;
    private Path file;

    @BeforeEach
    void openBucket() throws Exception {
        var config = ConfigProvider.getConfig();
        bucket = S3Client.builder().httpClient(UrlConnectionHttpClient.create()).region(Region.US_EAST_1).forcePathStyle(true)
                .endpointOverride(URI.create(config.getValue("yokoten.files.s3.endpoint", String.class)))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(
                        config.getValue("yokoten.files.s3.access-key-id", String.class),
                        config.getValue("yokoten.files.s3.secret-access-key", String.class))))
                // As the storage does: S3Proxy refuses the SDK's default CRC trailers (400) and checksum mode (501).
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                .build();
        file = Files.createTempFile("yokoten-s3", ".csv");
        Files.writeString(file, "会議室,日付\n第1会議室,2026-04-10\n".repeat(40_000)); // ~1.3 MB
    }

    @AfterEach
    void closeBucket() throws Exception {
        bucket.close();
        Files.deleteIfExists(file);
    }

    private byte[] object(UUID id) {
        return bucket.getObjectAsBytes(b -> b.bucket(S3ProxyResource.BUCKET).key("files/" + id)).asByteArray();
    }

    private boolean objectExists(UUID id) {
        return bucket.listObjectsV2(b -> b.bucket(S3ProxyResource.BUCKET).prefix("files/" + id)).keyCount() > 0;
    }

    @Test
    void theConfiguredStoreIsTheBucket() {
        assertInstanceOf(S3FileStorage.class, io.quarkus.arc.ClientProxy.unwrap(storage));
    }

    @Test
    void anUploadedFileIsOneObjectInTheBucketAndDownloadsByteIdentical() throws Exception {
        byte[] content = Files.readAllBytes(file);
        TemplateFixtures t = TemplateFixtures.draft(KOTO_PUBLISHER).withFile("1.0.0", "会議室.csv", content);
        String sha = KOTO_PUBLISHER.request().get("/api/v1/templates/" + t.id + "/versions").then().statusCode(200)
                .extract().path("items[0].sha256");
        UUID id = UUID.fromString(db.texts("SELECT CAST(file_id AS text) FROM template_version WHERE template_id = '" + t.id + "'").get(0));

        assertArrayEquals(content, object(id), "the object holds the uploaded bytes");
        assertEquals(0, db.scalar("SELECT count(*) FROM stored_file_chunk WHERE file_id = '" + id + "'"), "no bytes in PostgreSQL");
        assertEquals(content.length, db.scalar("SELECT size FROM stored_file WHERE id = '" + id + "'"));
        byte[] downloaded = KOTO_PUBLISHER.request().get("/api/v1/templates/" + t.id + "/versions/1.0.0/file").then().statusCode(200)
                .extract().asByteArray();
        assertArrayEquals(content, downloaded);
        assertEquals(java.util.HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content)), sha);
    }

    @Test
    void anObjectWhoseTransactionRollsBackIsDeletedAndLeavesNoRow() {
        UUID[] stored = new UUID[1];
        long filesBefore = db.scalar("SELECT count(*) FROM stored_file");
        RuntimeException failure = assertThrows(RuntimeException.class, () -> QuarkusTransaction.requiringNew().run(() -> {
            try {
                stored[0] = storage.store(file).id();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            assertTrue(objectExists(stored[0]), "written before the commit");
            throw new IllegalStateException("a later step of the upload failed");
        }));
        assertEquals("a later step of the upload failed", failure.getMessage());
        assertFalse(objectExists(stored[0]), "the rollback deleted the object");
        assertEquals(filesBefore, db.scalar("SELECT count(*) FROM stored_file"));
    }

    @Test
    void theSweepDeletesOldObjectsWithoutARowAndNothingElse() throws Exception {
        TemplateFixtures t = TemplateFixtures.draft(KOTO_PUBLISHER).withFile("1.0.0", "会議室.csv", Files.readAllBytes(file));
        UUID kept = UUID.fromString(db.texts("SELECT CAST(file_id AS text) FROM template_version WHERE template_id = '" + t.id + "'").get(0));
        // What a process killed between the PUT and the commit leaves: an object no row names.
        UUID orphan = UUID.randomUUID();
        bucket.putObject(b -> b.bucket(S3ProxyResource.BUCKET).key("files/" + orphan), RequestBody.fromString("half an upload"));
        bucket.putObject(b -> b.bucket(S3ProxyResource.BUCKET).key("files/README"), RequestBody.fromString("not a file id"));

        assertEquals(0, s3Storage.sweepOrphans(Instant.now().minusSeconds(3600)), "younger than the grace period: kept");
        assertTrue(objectExists(orphan));

        assertTrue(s3Storage.sweepOrphans(Instant.now().plusSeconds(60)) >= 1);
        assertFalse(objectExists(orphan), "the orphan is gone");
        assertTrue(objectExists(kept), "a file a version references stays");
        assertEquals("not a file id", bucket.getObjectAsBytes(b -> b.bucket(S3ProxyResource.BUCKET).key("files/README")).asUtf8String());
    }

    /** The same storage pointed at a port nobody listens on: the upload fails with an IOException and writes no row. */
    @Test
    void anUnreachableStoreFailsTheUploadAndTheDownloadWithoutARow() throws Exception {
        int closedPort;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        S3FileStorage unreachable = new S3FileStorage();
        unreachable.config = new UnreachableConfig(filesConfig, URI.create("http://127.0.0.1:" + closedPort));
        unreachable.transactions = transactions;
        unreachable.connect();
        try {
            long filesBefore = db.scalar("SELECT count(*) FROM stored_file");
            java.io.IOException upload = QuarkusTransaction.requiringNew().call(
                    () -> assertThrows(java.io.IOException.class, () -> unreachable.store(file)));
            assertTrue(upload.getMessage().contains(S3ProxyResource.BUCKET), upload.getMessage());
            assertEquals(filesBefore, db.scalar("SELECT count(*) FROM stored_file"), "nothing written when the object was not");
            java.io.IOException download = assertThrows(java.io.IOException.class,
                    () -> unreachable.copyTo(UUID.randomUUID(), new ByteArrayOutputStream()));
            assertFalse(download instanceof ClientDisconnected, "a store failure is ours, not the client's: " + download);
        } finally {
            unreachable.close();
        }
    }

    /** The running configuration with another endpoint. */
    private record UnreachableConfig(FilesConfig base, URI endpoint) implements FilesConfig {
        @Override
        public Store store() {
            return Store.S3;
        }

        @Override
        public S3 s3() {
            S3 s3 = base.s3();
            return (S3) java.lang.reflect.Proxy.newProxyInstance(S3.class.getClassLoader(), new Class<?>[] {S3.class},
                    (proxy, method, args) -> method.getName().equals("endpoint") ? java.util.Optional.of(endpoint) : method.invoke(s3, args));
        }
    }

    @Test
    void aFileStoredInPostgresBeforeTheSwitchIsStillServed() throws Exception {
        UUID id = QuarkusTransaction.requiringNew().call(() -> postgresStorage.store(file).id());
        assertFalse(objectExists(id));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        storage.copyTo(id, out);
        assertArrayEquals(Files.readAllBytes(file), out.toByteArray());
        assertTrue(new String(out.toByteArray(), StandardCharsets.UTF_8).startsWith("会議室,日付"));
        // No version references it: remove it, or it would count as an orphan row for other tests (chunks cascade).
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("DELETE FROM stored_file WHERE id = ?1").setParameter(1, id).executeUpdate());
        assertEquals(0, db.scalar("SELECT count(*) FROM stored_file_chunk WHERE file_id = '" + id + "'"));
    }
}
