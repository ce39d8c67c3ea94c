package jp.yokoten.file;

import java.util.HexFormat;
import java.util.UUID;

/** A file kept by {@link FileStorage}: its id, size in bytes and SHA-256. */
public record StoredFile(UUID id, long size, byte[] sha256) {
    public String sha256Hex() {
        return HexFormat.of().formatHex(sha256);
    }
}
