package jp.yokoten.process;

import java.util.UUID;

/** A common business process with its Japanese and English name. */
public record ProcessView(UUID id, String nameJa, String nameEn) {
    static ProcessView of(Process p) {
        return new ProcessView(p.id, p.nameJa, p.nameEn);
    }
}
