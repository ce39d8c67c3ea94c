package jp.yokoten.stats;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One month of a series: month as YYYY-MM (JST) and its count. */
public record TimePoint(@Schema(pattern = "^[0-9]{4}-(0[1-9]|1[0-2])$", example = "2025-04") String month,
        @Schema(example = "12") long value) {}
