package jp.yokoten.common.config;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * The one time source of the application: every timestamp, "today" and fiscal year is read here (directly or
 * through the injectable {@link Clock}), so that a test can place a whole scenario on any date.
 *
 * <ul>
 * <li>{@link #asOf} lets the demo loader replay history (a template published last fiscal year) through the real
 * services, for the calling thread only, so timestamps, audit entries and fiscal-year rollups agree.</li>
 * <li>{@link #pin} stops the clock at one instant for every thread (tests: a scenario on either side of midnight
 * JST or of April 1st), until {@link #release}.</li>
 * <li>{@value #START_PROPERTY} (or the environment variable {@value #START_ENV}), an ISO offset date-time such as
 * {@code 2027-04-01T00:00+09:00}, starts the clock at that instant when the JVM starts; it then runs forward with
 * real time, so timeouts and leases still work. CI runs the date-sensitive test classes this way on both sides
 * of a fiscal-year boundary. Never set in production.</li>
 * </ul>
 */
@Singleton
public class Clocks {
    public static final ZoneId JST = ZoneId.of("Asia/Tokyo");
    public static final String START_PROPERTY = "yokoten.test.clock";
    public static final String START_ENV = "YOKOTEN_TEST_CLOCK";

    private static final ThreadLocal<Instant> AS_OF = new ThreadLocal<>();
    private static final Duration SHIFT = shift(System.getProperty(START_PROPERTY, System.getenv(START_ENV)));
    private static volatile Instant pinned;

    public static Instant instant() {
        Instant at = AS_OF.get();
        if (at != null) {
            return at;
        }
        Instant p = pinned;
        return p != null ? p : Instant.now().plus(SHIFT);
    }

    /** Whether {@value #START_PROPERTY} moved the clock: a test JVM only (RequiredSettingsCheck refuses it otherwise). */
    public static boolean shifted() {
        return !SHIFT.isZero();
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

    /** Holds the clock still at {@code at} for every thread (a thread inside {@link #asOf} keeps its own instant). */
    public static void pin(Instant at) {
        pinned = at;
    }

    /** Lets the clock run again from real time (shifted by {@value #START_PROPERTY} when set). */
    public static void release() {
        pinned = null;
    }

    private static Duration shift(String start) {
        if (start == null || start.isBlank()) {
            return Duration.ZERO;
        }
        Instant from = OffsetDateTime.parse(start.trim()).toInstant();
        Logger.getLogger(Clocks.class).warnf("The clock starts at %s (%s), not at the real time", from, START_PROPERTY);
        return Duration.between(Instant.now(), from);
    }

    /** The same time source for beans that take a {@link Clock} (usage log, rate limits). */
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
