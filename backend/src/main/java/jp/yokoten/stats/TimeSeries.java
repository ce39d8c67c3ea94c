package jp.yokoten.stats;

import java.util.List;

/** A monthly series of one metric. */
public record TimeSeries(String metric, String interval, String from, String to, List<TimePoint> points) {}
