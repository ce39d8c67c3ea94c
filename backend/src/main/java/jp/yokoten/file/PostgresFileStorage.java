package jp.yokoten.file;

import io.agroal.api.AgroalDataSource;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import jp.yokoten.common.config.Clocks;
import jp.yokoten.common.config.YokotenConfig;
import org.hibernate.Session;

/** Files as 1 MiB chunks in PostgreSQL: constant memory in both directions, transactional with the version row. */
@ApplicationScoped
@Typed(PostgresFileStorage.class) // chosen through FileStores, which produces the FileStorage callers inject
public class PostgresFileStorage implements FileStorage {
    static final int CHUNK = 1024 * 1024;
    private static final long CHUNK_READ_WAIT_SECONDS = 10;

    @Inject
    EntityManager em;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    YokotenConfig config;

    private Semaphore chunkReads;

    @PostConstruct
    void limitChunkReads() {
        chunkReads = new Semaphore(Math.max(1, config.downloads().maxConcurrentChunkReads()), true);
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public StoredFile store(Path source) throws IOException {
        UUID id = UUID.randomUUID();
        MessageDigest sha = sha256();
        long[] size = {0};
        byte[][] digest = new byte[1][];
        em.unwrap(Session.class).doWork(c -> {
            try (PreparedStatement chunk = c.prepareStatement(
                         "INSERT INTO stored_file_chunk (file_id, seq, data) VALUES (?, ?, ?)");
                 PreparedStatement file = c.prepareStatement(
                         "INSERT INTO stored_file (id, size, sha256, created_at) VALUES (?, ?, ?, ?)");
                 InputStream in = Files.newInputStream(source)) {
                byte[] buffer = new byte[CHUNK];
                int seq = 0;
                int n;
                while ((n = in.readNBytes(buffer, 0, CHUNK)) > 0) {
                    sha.update(buffer, 0, n);
                    chunk.setObject(1, id);
                    chunk.setInt(2, seq++);
                    chunk.setBytes(3, n == CHUNK ? buffer : Arrays.copyOf(buffer, n));
                    chunk.executeUpdate();
                    size[0] += n;
                }
                digest[0] = sha.digest();
                file.setObject(1, id);
                file.setLong(2, size[0]);
                file.setBytes(3, digest[0]);
                file.setTimestamp(4, Timestamp.from(Clocks.instant()));
                file.executeUpdate();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return new StoredFile(id, size[0], digest[0]);
    }

    /**
     * One short-lived connection per 1 MiB chunk, returned to the pool before the chunk is written: a client
     * reading at 1 KiB/s then holds a worker thread and at most one chunk of heap, never a pooled connection.
     */
    @Override
    public void copyTo(UUID id, OutputStream out) throws IOException {
        copyChunks(id, out, false);
    }

    /**
     * The file as the S3 store's fallback reads it (a file stored before the portal moved to a bucket): a file
     * with no chunk here is missing, and an error, not an empty download.
     */
    public void copyStoredBefore(UUID id, OutputStream out) throws IOException {
        copyChunks(id, out, true);
    }

    private void copyChunks(UUID id, OutputStream out, boolean mustExist) throws IOException {
        for (int seq = 0; ; seq++) {
            byte[] data = readChunk(id, seq);
            if (data == null && seq == 0 && mustExist) {
                throw new IOException("File " + id + " is neither in the bucket nor in PostgreSQL");
            }
            if (data == null) {
                return;
            }
            try {
                out.write(data);
            } catch (IOException e) {
                throw new ClientDisconnected("Download of file " + id + " ended by the client at chunk " + seq, e);
            }
        }
    }

    private byte[] readChunk(UUID id, int seq) throws IOException {
        // Many downloads starting together must not take every pooled connection from other requests.
        try {
            if (!chunkReads.tryAcquire(CHUNK_READ_WAIT_SECONDS, TimeUnit.SECONDS)) {
                throw new IOException("Reading chunk " + seq + " of file " + id + " failed",
                        new SQLException("Acquisition timeout: every download chunk read is busy"));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("Interrupted before reading file " + id);
        }
        try (Connection c = dataSource.getConnection();
             PreparedStatement q = c.prepareStatement("SELECT data FROM stored_file_chunk WHERE file_id = ? AND seq = ?")) {
            q.setObject(1, id);
            q.setInt(2, seq);
            try (ResultSet rs = q.executeQuery()) {
                return rs.next() ? rs.getBytes(1) : null;
            }
        } catch (SQLException e) {
            throw new IOException("Reading chunk " + seq + " of file " + id + " failed", e);
        } finally {
            chunkReads.release();
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
