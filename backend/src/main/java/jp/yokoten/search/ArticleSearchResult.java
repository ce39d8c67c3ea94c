package jp.yokoten.search;

import java.util.List;
import java.util.Map;

/**
 * One page of know-how articles with the total and facet counts (platform, category, ward, tag), each dimension
 * counted under the other active filters, as in template search.
 */
public record ArticleSearchResult(List<ArticleSummary> items, int page, int size, long total,
        Map<String, List<FacetCount>> facets) {}
