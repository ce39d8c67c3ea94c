package jp.yokoten.search;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Ids of one page of hits in order, the total, and facet counts per dimension. */
public record SearchHits(List<UUID> ids, long total, Map<String, List<FacetCount>> facets) {
    /** One facet value and how many hits it has under the other active filters. */
    public record FacetCount(String value, long count) {}
}
