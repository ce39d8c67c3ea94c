package jp.yokoten.common.config;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.function.Supplier;

/**
 * The one time source of the application. Normally the system clock; {@link #asOf} lets the demo loader
 * replay history (a template published last fiscal year) through the real services, for the calling thread
 * only, so timestamps, audit entries and fiscal-year rollups agree with each other.
 */
@Singleton
public class Clocks {
    public static final ZoneId JST = ZoneId.of("Asia/Tokyo");
    private static final ThreadLocal<Instant> AS_OF = new ThreadLocal<>();

    public static Instant instant() {
        Instant at = AS_OF.get();
        return at != null ? at : Instant.now();
    }

    public static OffsetDateTime now() {
        return OffsetDateTime.ofInstant(instant(), ZoneOffset.UTC);
    }

    /** Today in Japan, where fiscal years and "not in the future" are decided. */
    public static LocalDate today() {
        return LocalDate.ofInstant(instant(), JST);
    }

    /** Runs {@code work} on this thread as if it happened at {@code at}. */
    public static <T> T asOf(Instant at, Supplier<T> work) {
        Instant previous = AS_OF.get();
        AS_OF.set(at);
        try {
            return work.get();
        } finally {
            if (previous == null) {
                AS_OF.remove();
            } else {
                AS_OF.set(previous);
            }
        }
    }

    /** The injectable clock of the usage log; tests replace it to place events on either side of midnight JST. */
    @Produces
    @Singleton
    Clock clock() {
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return Clocks.instant();
            }
        };
    }
}
