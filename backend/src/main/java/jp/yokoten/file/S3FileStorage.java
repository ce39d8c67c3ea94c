package jp.yokoten.file;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import jp.yokoten.common.config.Clocks;
import org.jboss.logging.Logger;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * Files as objects in an S3-compatible bucket, one object a file under {@code <prefix><file id>}; the
 * {@code stored_file} row (size, SHA-256) stays in PostgreSQL, so versions reference files exactly as before.
 *
 * <p>An object cannot join the database transaction, so the two are tied this way: the object is written first
 * (a single PUT of known length streamed from the spooled upload), then the row in the caller's transaction.
 * If that transaction rolls back, a synchronisation deletes the object; if the process dies in between, the
 * object has no row and {@link #sweepOrphans} deletes it once it is older than the grace period. Objects are
 * never overwritten (every file gets a new id), so a reader never sees a half-written file.
 *
 * <p>Downloads stream the object body to the client through a 64 KiB buffer. A file that is not in the bucket
 * is looked up in PostgreSQL: a portal switched from {@code postgres} to {@code s3} keeps serving its older files.
 */
@ApplicationScoped
@Typed(S3FileStorage.class)
public class S3FileStorage implements FileStorage {
    private static final Logger LOG = Logger.getLogger(S3FileStorage.class);
    private static final int BUFFER = 64 * 1024;

    @Inject
    FilesConfig config;

    @Inject
    EntityManager em;

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Inject
    PostgresFileStorage earlierFiles;

    private S3Client s3;
    private String bucket;

    @PostConstruct
    void connect() {
        FilesConfig.S3 c = config.s3();
        bucket = c.bucket();
        S3ClientBuilder builder = S3Client.builder()
                // HttpURLConnection: streams a body of known length (fixed-length mode); no Netty, no Apache client.
                .httpClientBuilder(UrlConnectionHttpClient.builder()
                        .connectionTimeout(Duration.ofSeconds(3))
                        .socketTimeout(Duration.ofSeconds(60)))
                .region(Region.of(c.region()))
                .forcePathStyle(c.pathStyle())
                .credentialsProvider(credentials(c))
                // Checksums only where S3 requires them: the default CRC trailers (aws-chunked bodies) are not
                // understood by every S3-compatible server; our own SHA-256 is in the database row.
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
        c.endpoint().ifPresent(builder::endpointOverride);
        s3 = builder.build();
    }

    private static AwsCredentialsProvider credentials(FilesConfig.S3 c) {
        if (c.accessKeyId().isPresent() && c.secretAccessKey().isPresent()) {
            return StaticCredentialsProvider.create(AwsBasicCredentials.create(c.accessKeyId().get(), c.secretAccessKey().get()));
        }
        return DefaultCredentialsProvider.builder().build();
    }

    @PreDestroy
    void close() {
        s3.close();
    }

    /** Creates the bucket when it does not exist; called once at start-up when this store is configured. */
    void ensureBucket() {
        try {
            s3.headBucket(b -> b.bucket(bucket));
        } catch (NoSuchBucketException e) {
            s3.createBucket(b -> b.bucket(bucket));
            LOG.infof("Created bucket %s for template files", bucket);
        }
    }

    String key(UUID id) {
        return config.s3().keyPrefix() + id;
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public StoredFile store(Path source) throws IOException {
        UUID id = UUID.randomUUID();
        long size = Files.size(source);
        byte[] sha256 = sha256(source);
        String key = key(id);
        // Registered before the PUT, so no moment exists in which the object is written and nothing would delete it.
        transactions.registerInterposedSynchronization(new DeleteOnRollback(key));
        try {
            s3.putObject(b -> b.bucket(bucket).key(key).contentLength(size).contentType("application/octet-stream"),
                    RequestBody.fromFile(source));
        } catch (SdkException e) {
            throw new IOException("Writing file " + id + " to bucket " + bucket + " failed", e);
        }
        em.createNativeQuery("INSERT INTO stored_file (id, size, sha256, created_at) VALUES (?1, ?2, ?3, ?4)")
                .setParameter(1, id).setParameter(2, size).setParameter(3, sha256).setParameter(4, Clocks.now())
                .executeUpdate();
        return new StoredFile(id, size, sha256);
    }

    /** Deletes the object written by {@link #store} when the transaction that was to reference it does not commit. */
    private final class DeleteOnRollback implements Synchronization {
        private final String key;

        DeleteOnRollback(String key) {
            this.key = key;
        }

        @Override
        public void beforeCompletion() {
        }

        @Override
        public void afterCompletion(int status) {
            if (status != Status.STATUS_COMMITTED) {
                delete(key, "its transaction rolled back");
            }
        }
    }

    private void delete(String key, String why) {
        try {
            s3.deleteObject(b -> b.bucket(bucket).key(key));
        } catch (SdkException e) {
            // Left for the orphan sweep.
            LOG.warnf(e, "Could not delete object %s (%s); the orphan sweep will", key, why);
        }
    }

    @Override
    public void copyTo(UUID id, OutputStream out) throws IOException {
        ResponseInputStream<GetObjectResponse> in;
        try {
            in = s3.getObject(b -> b.bucket(bucket).key(key(id)));
        } catch (NoSuchKeyException e) {
            earlierFiles.copyStoredBefore(id, out);
            return;
        } catch (SdkException e) {
            throw new IOException("Reading file " + id + " from bucket " + bucket + " failed", e);
        }
        try (in) {
            byte[] buffer = new byte[BUFFER];
            int n;
            while ((n = read(in, buffer, id)) > 0) {
                try {
                    out.write(buffer, 0, n);
                } catch (IOException e) {
                    // Drop the connection rather than drain the rest of the object into the pool.
                    in.abort();
                    throw new ClientDisconnected("Download of file " + id + " ended by the client", e);
                }
            }
        }
    }

    private static int read(InputStream in, byte[] buffer, UUID id) throws IOException {
        try {
            return in.read(buffer);
        } catch (SdkException e) {
            throw new IOException("Reading file " + id + " from the bucket failed", e);
        }
    }

    /**
     * Deletes objects under the key prefix that are older than {@code cutoff} and have no {@code stored_file}
     * row: files whose transaction never committed and whose rollback deletion did not happen (process killed,
     * store unreachable at that moment). Returns how many it deleted. Keys that are not file ids are left alone.
     */
    public int sweepOrphans(Instant cutoff) {
        // A database without files (fresh, or restored from an empty dump) pointed at a bucket in use would take every
        // object for an orphan: sweep only when this database knows files.
        long known = QuarkusTransaction.requiringNew().call(() -> ((Number) em
                .createNativeQuery("SELECT count(*) FROM (SELECT 1 FROM stored_file LIMIT 1) f").getSingleResult()).longValue());
        if (known == 0) {
            LOG.warn("Orphan sweep skipped: stored_file is empty, so nothing in the bucket can be told apart from an orphan");
            return 0;
        }
        int deleted = 0;
        List<S3Object> old = new ArrayList<>();
        for (S3Object o : s3.listObjectsV2Paginator(b -> b.bucket(bucket).prefix(config.s3().keyPrefix())).contents()) {
            if (o.lastModified().isBefore(cutoff) && fileId(o.key()).isPresent()) {
                old.add(o);
            }
            if (old.size() == 500) {
                deleted += deleteUnreferenced(old);
                old.clear();
            }
        }
        return deleted + deleteUnreferenced(old);
    }

    private int deleteUnreferenced(List<S3Object> objects) {
        if (objects.isEmpty()) {
            return 0;
        }
        List<UUID> ids = objects.stream().map(o -> fileId(o.key()).orElseThrow()).toList();
        Set<String> referenced = new HashSet<>(QuarkusTransaction.requiringNew().call(() -> em
                .createNativeQuery("SELECT CAST(id AS text) FROM stored_file WHERE id IN (?1)", String.class)
                .setParameter(1, ids).getResultList()));
        int deleted = 0;
        for (UUID id : ids) {
            if (!referenced.contains(id.toString())) {
                delete(key(id), "orphan");
                deleted++;
            }
        }
        return deleted;
    }

    private Optional<UUID> fileId(String key) {
        try {
            return Optional.of(UUID.fromString(key.substring(config.s3().keyPrefix().length())));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The object's existence, for tests and the operations checks. */
    public boolean exists(UUID id) {
        try {
            s3.headObject(b -> b.bucket(bucket).key(key(id)));
            return true;
        } catch (NoSuchKeyException e) {
            return false;
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return false;
            }
            throw e;
        }
    }

    private static byte[] sha256(Path source) throws IOException {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            try (InputStream in = new DigestInputStream(Files.newInputStream(source), sha)) {
                in.transferTo(OutputStream.nullOutputStream());
            }
            return sha.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
