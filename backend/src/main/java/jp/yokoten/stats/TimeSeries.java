package jp.yokoten.stats;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A monthly series of one metric. */
public record TimeSeries(
        @Schema(required = true, enumeration = {"downloads", "views", "adoptions", "cross_ward_adoptions", "new_templates"},
            example = "adoptions") String metric,
        @Schema(required = true, enumeration = {"month"}) String interval,
        @Schema(required = true, example = "2025-04") String from,
        @Schema(required = true, example = "2026-03") String to,
        @Schema(required = true) List<TimePoint> points) {}
