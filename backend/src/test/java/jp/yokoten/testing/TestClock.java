package jp.yokoten.testing;

import jakarta.inject.Singleton;
import java.time.Instant;
import jp.yokoten.common.config.Clocks;

/**
 * Pins the server's one clock ({@link Clocks}) for every thread: publish, adopt, view, download, rate, review and
 * audit all happen at the pinned instant until {@link #release}. Tests that pin release in {@code @AfterEach}.
 */
@Singleton
public class TestClock {
    public void pin(Instant instant) {
        Clocks.pin(instant);
    }

    public void release() {
        Clocks.release();
    }
}
