package jp.yokoten.template.version;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import jp.yokoten.governance.FindingCounts;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A template version as the API shows it; {@code sha256} is hex. */
public record VersionView(String version, String status, @Schema(nullable = true) String changelog, String fileName,
        String mediaType, long size, String sha256, OffsetDateTime createdAt,
        @Schema(nullable = true) OffsetDateTime approvedAt, @Schema(nullable = true) OffsetDateTime withdrawnAt,
        @Schema(nullable = true) String withdrawnReason, FindingCounts findings) {
    public static VersionView of(TemplateVersion v, FindingCounts findings) {
        return new VersionView(v.version, v.status, v.changelog, v.fileName, v.mediaType, v.fileSize,
                HexFormat.of().formatHex(v.fileSha256),
                v.createdAt, v.approvedAt, v.withdrawnAt, v.withdrawnReason, findings);
    }

    /** One row of {@code template_version} read as a list item (columns as {@link VersionService#LIST_COLUMNS}). */
    static VersionView row(ResultSet rs) throws SQLException {
        return new VersionView(rs.getString("version"), rs.getString("status"), rs.getString("changelog"), rs.getString("file_name"),
                rs.getString("media_type"), rs.getLong("file_size"), HexFormat.of().formatHex(rs.getBytes("file_sha256")),
                utc(rs.getObject("created_at", OffsetDateTime.class)), utc(rs.getObject("approved_at", OffsetDateTime.class)),
                utc(rs.getObject("withdrawn_at", OffsetDateTime.class)), rs.getString("withdrawn_reason"), null);
    }

    VersionView withFindings(FindingCounts counts) {
        return new VersionView(version, status, changelog, fileName, mediaType, size, sha256, createdAt, approvedAt, withdrawnAt,
                withdrawnReason, counts);
    }

    private static OffsetDateTime utc(OffsetDateTime t) {
        return t == null ? null : t.withOffsetSameInstant(ZoneOffset.UTC);
    }
}
