package jp.yokoten.search;

/** One facet value and how many hits it has under the other active filters. */
public record FacetCount(String value, long count) {}
