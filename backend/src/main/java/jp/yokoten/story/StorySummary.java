package jp.yokoten.story;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A story in result lists: no body, the figures for cards. */
public record StorySummary(UUID id, String status, String ownerWard, String title, String titleEn,
        BigDecimal hoursSavedPerYear, Long costSavedYen, Integer developmentDays, Integer residentsReached,
        OffsetDateTime publishedAt) {
    static StorySummary of(Story s) {
        return new StorySummary(s.id, s.status, s.ownerWard, s.title, s.titleEn, s.hoursSavedPerYear, s.costSavedYen,
                s.developmentDays, s.residentsReached, s.publishedAt);
    }
}
