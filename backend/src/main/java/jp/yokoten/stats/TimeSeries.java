package jp.yokoten.stats;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A monthly series of one metric. */
public record TimeSeries(
        @Schema(enumeration = {"downloads", "views", "adoptions", "cross_ward_adoptions", "new_templates"},
            example = "adoptions") String metric,
        @Schema(enumeration = {"month"}) String interval,
        @Schema(example = "2025-04") String from,
        @Schema(example = "2026-03") String to,
        List<TimePoint> points) {}
