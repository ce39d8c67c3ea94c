package jp.yokoten.award;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A published prize as template and story pages show it, e.g. 「2026年度 大賞」 / "FY2026 Grand Prize". */
public record PrizeBadge(UUID roundId, int fiscalYear,
        @Schema(enumeration = {"grand", "excellence", "special"}) String prize, String labelJa, String labelEn) {
    public static PrizeBadge of(UUID roundId, int fiscalYear, String prize) {
        String ja = switch (prize) {
            case "grand" -> "大賞";
            case "excellence" -> "優秀賞";
            default -> "特別賞";
        };
        String en = switch (prize) {
            case "grand" -> "Grand Prize";
            case "excellence" -> "Excellence Award";
            default -> "Special Award";
        };
        return new PrizeBadge(roundId, fiscalYear, prize, fiscalYear + "年度 " + ja, "FY" + fiscalYear + " " + en);
    }
}
