package jp.yokoten.template;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import jp.yokoten.search.SearchIndex;

/** A template in a result list. */
public record TemplateSummary(UUID id, String status, String ownerWard, String title, String titleEn, String summary,
        String platform, String category, List<String> tags, OffsetDateTime publishedAt, BigDecimal ratingAvg,
        int ratingCount, int adoptionCount) {
    static TemplateSummary of(Template t, SearchIndex.Counters c) {
        return new TemplateSummary(t.id, t.status, t.ownerWard, t.title, t.titleEn, t.summary, t.platform, t.category,
                t.tags, t.publishedAt, c.ratingAvg(), c.ratingCount(), c.adoptionCount());
    }
}
