package jp.yokoten.stats;

/** One month of a series: month as YYYY-MM (JST) and its count. */
public record TimePoint(String month, long value) {}
