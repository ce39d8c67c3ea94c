package jp.yokoten.common.config;

import jakarta.inject.Singleton;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/** The time source of the usage log; tests replace it to place events on either side of midnight JST. */
@Singleton
public class Clocks {
    @Produces
    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }
}
