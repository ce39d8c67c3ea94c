package jp.yokoten.search;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One page of search results with the total and facet counts (platform, category, ward, process, tag).
 * Totals and counts are exact up to 10,000 matching templates (SPEC §6). Published templates answered from the search
 * memory are counted exactly at any size; the SQL path (drafts, other statuses, or the memory not current) stops at
 * 10,001: {@code total} is then 10,001 and {@code totalIsLowerBound} is true, and {@code facetsAreLowerBound} says the
 * facet counts were counted over the first 10,001 hits only.
 */
public record TemplateSearchResult(List<TemplateSummary> items, @Schema(example = "0") int page,
        @Schema(example = "20") int size, @Schema(example = "25") long total, boolean totalIsLowerBound,
        boolean facetsAreLowerBound, Map<String, List<FacetCount>> facets) {}
