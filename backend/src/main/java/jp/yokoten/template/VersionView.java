package jp.yokoten.template;

import java.time.OffsetDateTime;
import java.util.HexFormat;

/** A template version as the API shows it; {@code sha256} is hex. */
public record VersionView(String version, String status, String changelog, String fileName, String mediaType,
        long size, String sha256, OffsetDateTime createdAt, OffsetDateTime approvedAt, OffsetDateTime withdrawnAt,
        String withdrawnReason) {
    static VersionView of(TemplateVersion v) {
        return new VersionView(v.version, v.status, v.changelog, v.fileName, v.mediaType, v.fileSize,
                HexFormat.of().formatHex(v.fileSha256),
                v.createdAt, v.approvedAt, v.withdrawnAt, v.withdrawnReason);
    }
}
