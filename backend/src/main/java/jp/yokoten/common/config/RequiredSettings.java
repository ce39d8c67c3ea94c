package jp.yokoten.common.config;

import io.smallrye.config.ConfigMapping;

/**
 * Settings the production profile must be given (application.properties, SPEC §12 least privilege).
 * Quarkus reads an unresolvable {@code ${VAR}} in an optional setting such as the Flyway credentials or the
 * OIDC URL as "not set": Flyway would then migrate with the API's credentials and OIDC fails without naming
 * the variable. Required here, a missing variable stops the start-up with its name.
 */
@ConfigMapping(prefix = "yokoten.required")
public interface RequiredSettings {
    /** Realm URL the API validates tokens against (YOKOTEN_OIDC_URL). */
    String oidcUrl();

    /** Schema owner role Flyway migrates as (YOKOTEN_DB_OWNER_USER). */
    String migrationUser();

    /** Its password (YOKOTEN_DB_OWNER_PASSWORD). */
    String migrationPassword();

    /** SMTP server of notification mail (YOKOTEN_SMTP_HOST, YOKOTEN_SMTP_PORT, YOKOTEN_SMTP_TLS, YOKOTEN_SMTP_START_TLS). */
    String smtpHost();

    String smtpPort();

    String smtpTls();

    String smtpStartTls();

    /** Sender address of notification mail (YOKOTEN_MAIL_FROM). */
    String mailFrom();
}
