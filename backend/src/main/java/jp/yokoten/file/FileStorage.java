package jp.yokoten.file;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.UUID;

/**
 * Where template files live: PostgreSQL by default ({@link PostgresFileStorage}) or an S3-compatible bucket
 * ({@link S3FileStorage}), chosen by {@code yokoten.files.store} ({@link FileStores}); callers do not know which.
 * Both directions stream: no file is ever held whole in memory.
 */
public interface FileStorage {
    /** Stores the file inside the caller's transaction, computing its SHA-256 while streaming. */
    StoredFile store(Path source) throws IOException;

    /** Writes the file's bytes to {@code out}; runs outside any transaction. */
    void copyTo(UUID id, OutputStream out) throws IOException;
}
