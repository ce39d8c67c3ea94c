package jp.yokoten.common.validation;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import jp.yokoten.common.error.InvalidInput;

/**
 * SPEC §12: every date the API accepts lies in 2000-01-01..2100-12-31. ISO-8601 allows years such as -9999999 or
 * +999999 that Java parses but PostgreSQL cannot store (a 500 at insert time), and no portal record is that old or
 * that far ahead. JSON bodies are checked by {@link #MODULE} (registered once on the shared ObjectMapper), query
 * parameters by {@link #date} and {@link #instant}: one rule, two entry points.
 */
public final class DateRange {
    public static final LocalDate MIN = LocalDate.of(2000, 1, 1);
    public static final LocalDate MAX = LocalDate.of(2100, 12, 31);
    public static final int MIN_YEAR = MIN.getYear();
    public static final int MAX_YEAR = MAX.getYear();
    public static final String MESSAGE = "must be between 2000-01-01 and 2100-12-31";

    private DateRange() {}

    public static boolean contains(LocalDate date) {
        return !date.isBefore(MIN) && !date.isAfter(MAX);
    }

    /** Judged by the calendar day at the instant's own offset, so 2100-12-31T23:00-05:00 is still in range. */
    public static boolean contains(OffsetDateTime time) {
        return contains(time.toLocalDate());
    }

    public static boolean contains(Instant instant) {
        // Instants this far out do not fit OffsetDateTime's year range check either; compare on the epoch second.
        return !instant.isBefore(MIN.atStartOfDay().toInstant(ZoneOffset.UTC))
                && instant.isBefore(MAX.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC));
    }

    /** A query parameter holding a date (YYYY-MM-DD); absent is null. */
    public static LocalDate date(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        LocalDate d;
        try {
            d = LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInput(field, "must be an ISO-8601 date such as 2026-04-01");
        }
        if (!contains(d)) {
            throw new InvalidInput(field, MESSAGE);
        }
        return d;
    }

    /** A query parameter holding a date-time with offset; absent is null. */
    public static OffsetDateTime instant(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        OffsetDateTime t;
        try {
            t = OffsetDateTime.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInput(field, "must be an ISO-8601 date-time with offset, e.g. 2026-04-01T00:00:00+09:00");
        }
        if (!contains(t)) {
            throw new InvalidInput(field, MESSAGE);
        }
        return t;
    }

    /** A year query parameter (fiscal year, month series); outside the range is the caller's mistake. */
    public static boolean containsYear(int year) {
        return year >= MIN_YEAR && year <= MAX_YEAR;
    }

    /** A JSON date outside the range; ProblemMapper reports it as a field error with {@link #MESSAGE}. */
    public static class OutOfRange extends InvalidFormatException {
        OutOfRange(JsonParser p, Object value, Class<?> type) {
            super(p, MESSAGE, value, type);
        }
    }

    /** Bounded deserialisers for every java.time type the API reads from JSON bodies. */
    public static final SimpleModule MODULE = new SimpleModule("yokoten-date-range")
            .addDeserializer(LocalDate.class, new Bounded<>(LocalDateDeserializer.INSTANCE, LocalDate.class, DateRange::contains))
            .addDeserializer(OffsetDateTime.class,
                    new Bounded<>(InstantDeserializer.OFFSET_DATE_TIME, OffsetDateTime.class, DateRange::contains))
            .addDeserializer(Instant.class, new Bounded<>(InstantDeserializer.INSTANT, Instant.class, DateRange::contains));

    private static final class Bounded<T> extends JsonDeserializer<T> {
        private final JsonDeserializer<T> delegate;
        private final Class<T> type;
        private final java.util.function.Predicate<T> inRange;

        Bounded(JsonDeserializer<T> delegate, Class<T> type, java.util.function.Predicate<T> inRange) {
            this.delegate = delegate;
            this.type = type;
            this.inRange = inRange;
        }

        @Override
        public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            T value = delegate.deserialize(p, ctxt);
            if (value != null && !inRange.test(value)) {
                throw new OutOfRange(p, value.toString(), type);
            }
            return value;
        }

        @Override
        public Class<?> handledType() {
            return type;
        }
    }
}
