package jp.yokoten.search;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** What the search index needs of a template; the owning feature hands it over on every change. */
public record SearchDocument(UUID id, String status, String ownerWard, String platform, String category,
        UUID processId, List<String> tags, String title, String titleEn, String summary, String description, OffsetDateTime publishedAt) {}
