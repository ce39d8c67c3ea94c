package jp.yokoten.common.config;

import io.quarkus.logging.Log;
import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.Startup;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Uses {@link RequiredSettings} at start so Quarkus validates it, and says which roles and realm are in use; refuses
 * to run a deployment whose clock a test setting moved.
 */
@Startup
@ApplicationScoped
class RequiredSettingsCheck {
    @Inject
    RequiredSettings required;

    @PostConstruct
    void report() {
        if (Clocks.shifted() && LaunchMode.current() == LaunchMode.NORMAL) {
            // A test setting leaked into a deployment would date every audit entry and fiscal year wrongly.
            throw new IllegalStateException(Clocks.START_PROPERTY + " / " + Clocks.START_ENV + " moves the clock for tests; "
                    + "it must not be set when the portal runs");
        }
        Log.infof("Flyway migrates as database role %s; tokens are validated against %s", required.migrationUser(), required.oidcUrl());
    }
}
