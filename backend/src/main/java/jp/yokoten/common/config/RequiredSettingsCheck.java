package jp.yokoten.common.config;

import io.quarkus.logging.Log;
import io.quarkus.runtime.Startup;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Uses {@link RequiredSettings} at start so Quarkus validates it, and says which roles and realm are in use. */
@Startup
@ApplicationScoped
class RequiredSettingsCheck {
    @Inject
    RequiredSettings required;

    @PostConstruct
    void report() {
        Log.infof("Flyway migrates as database role %s; tokens are validated against %s", required.migrationUser(), required.oidcUrl());
    }
}
