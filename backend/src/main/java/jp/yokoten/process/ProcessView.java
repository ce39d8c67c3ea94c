package jp.yokoten.process;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A common business process with its Japanese and English name. */
public record ProcessView(UUID id, String nameJa, @Schema(nullable = true) String nameEn) {
    static ProcessView of(Process p) {
        return new ProcessView(p.id, p.nameJa, p.nameEn);
    }
}
