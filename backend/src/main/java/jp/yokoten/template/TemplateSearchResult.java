package jp.yokoten.template;

import java.util.List;
import java.util.Map;
import jp.yokoten.search.SearchHits;

/** One page of search results with the total and facet counts (platform, category, ward, tag). */
public record TemplateSearchResult(List<TemplateSummary> items, int page, int size, long total,
        Map<String, List<SearchHits.FacetCount>> facets) {}
