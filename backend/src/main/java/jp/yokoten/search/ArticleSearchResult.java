package jp.yokoten.search;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One page of know-how articles with the total and facet counts (platform, category, ward, tag), each dimension
 * counted under the other active filters, as in template search.
 */
public record ArticleSearchResult(@Schema(required = true) List<ArticleSummary> items, @Schema(required = true) int page,
        @Schema(required = true) int size, @Schema(required = true) long total,
        @Schema(required = true) Map<String, List<FacetCount>> facets) {}
