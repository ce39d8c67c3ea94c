package jp.yokoten.template;

import java.time.OffsetDateTime;
import java.util.HexFormat;
import jp.yokoten.governance.FindingCounts;

/** A template version as the API shows it; {@code sha256} is hex. */
public record VersionView(String version, String status, String changelog, String fileName, String mediaType,
        long size, String sha256, OffsetDateTime createdAt, OffsetDateTime approvedAt, OffsetDateTime withdrawnAt,
        String withdrawnReason, FindingCounts findings) {
    static VersionView of(TemplateVersion v, FindingCounts findings) {
        return new VersionView(v.version, v.status, v.changelog, v.fileName, v.mediaType, v.fileSize,
                HexFormat.of().formatHex(v.fileSha256),
                v.createdAt, v.approvedAt, v.withdrawnAt, v.withdrawnReason, findings);
    }
}
