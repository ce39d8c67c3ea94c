package jp.yokoten.stats;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import jp.yokoten.common.config.Clocks;
import jp.yokoten.common.error.InvalidInput;

/** Japanese fiscal year: April 1 to March 31, in Asia/Tokyo. FY2026 = 2026-04-01 .. 2027-03-31 JST. */
public record FiscalYear(int year) {
    public static final ZoneId JST = ZoneId.of("Asia/Tokyo");

    public static FiscalYear of(LocalDate date) {
        return new FiscalYear(date.getMonthValue() >= 4 ? date.getYear() : date.getYear() - 1);
    }

    public static FiscalYear of(Instant instant) {
        return of(instant.atZone(JST).toLocalDate());
    }

    public static FiscalYear of(OffsetDateTime time) {
        return of(time.toInstant());
    }

    public static FiscalYear current() {
        return of(Clocks.today());
    }

    /** The query parameter: absent means the current year; outside 2000–2100 is a mistake. */
    public static FiscalYear parse(String value) {
        if (value == null || value.isBlank()) {
            return current();
        }
        try {
            int year = Integer.parseInt(value.strip());
            if (jp.yokoten.common.validation.DateRange.containsYear(year)) {
                return new FiscalYear(year);
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new InvalidInput("fiscalYear", "must be a year between 2000 and 2100, e.g. 2026 for April 2026 to March 2027");
    }

    public LocalDate firstDay() {
        return LocalDate.of(year, 4, 1);
    }

    /** Exclusive end. */
    public LocalDate endDay() {
        return LocalDate.of(year + 1, 4, 1);
    }

    public OffsetDateTime start() {
        return firstDay().atStartOfDay(JST).toOffsetDateTime();
    }

    public OffsetDateTime end() {
        return endDay().atStartOfDay(JST).toOffsetDateTime();
    }
}
