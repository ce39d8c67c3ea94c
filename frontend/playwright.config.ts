import { defineConfig } from '@playwright/test';
import { execSync } from 'node:child_process';

// Journeys run against the real stack: Keycloak (started by deploy/test.sh), the packaged backend on an
// e2e database, and the built SPA served by `vite preview` with /api proxied to that backend.
const apiPort = Number(process.env.E2E_API_PORT ?? 8089);
const webPort = Number(process.env.E2E_WEB_PORT ?? 4173);
const java = process.env.YOKOTEN_JAVA ?? 'java';
// GreenMail (a real SMTP server) receives the portal's notification mail; specs read it through its API port.
export const smtpPort = Number(process.env.E2E_SMTP_PORT ?? 3026);
export const mailApiPort = Number(process.env.E2E_MAIL_API_PORT ?? 8026);
const greenmailJar = process.env.GREENMAIL_JAR
  ?? `${process.env.YOKOTEN_CACHE ?? `${process.env.HOME}/.cache/yokoten`}/greenmail-standalone-2.1.3.jar`;
const chromium = process.env.CHROMIUM_PATH ?? execSync('command -v chromium || command -v chromium-browser').toString().trim();

export default defineConfig({
  testDir: './e2e',
  // Generous: on a shared 2-core machine a journey with a dozen axe runs can take minutes; nothing here
  // asserts speed, so a longer limit only changes how long a real hang takes to report.
  timeout: 180_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list'], ['junit', { outputFile: 'reports/e2e-junit.xml' }]],
  outputDir: 'test-results',
  use: {
    baseURL: `http://localhost:${webPort}`,
    locale: 'ja-JP',
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: chromium,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-quic',
        '--no-first-run', '--disable-component-update', '--disable-sync'],
    },
  },
  webServer: [
    {
      // Fetched once from Maven Central when missing (deploy/run.sh keeps the same file).
      command: `sh -c '[ -s "${greenmailJar}" ] || ../mvnw -q -B dependency:copy -Dartifact=com.icegreen:greenmail-standalone:2.1.3 `
        + `-DoutputDirectory="$(dirname "${greenmailJar}")" >/dev/null; exec ${java} -Xmx96m -Dgreenmail.smtp.hostname=127.0.0.1 `
        + `-Dgreenmail.smtp.port=${smtpPort} -Dgreenmail.auth.disabled -Dgreenmail.api.hostname=127.0.0.1 -Dgreenmail.api.port=${mailApiPort} `
        + `-jar "${greenmailJar}"'`,
      url: `http://127.0.0.1:${mailApiPort}/api/service/readiness`,
      timeout: 120_000,
      reuseExistingServer: false,
    },
    {
      command: `${java} -Xmx384m -jar ../backend/target/quarkus-app/quarkus-run.jar`,
      url: `http://127.0.0.1:${apiPort}/q/health/ready`,
      timeout: 120_000,
      reuseExistingServer: false,
      // The packaged API runs in the production profile, which has no defaults: deploy/test.sh passes the roles
      // deploy/lib.sh creates (these fallbacks are its development defaults).
      env: {
        YOKOTEN_HTTP_PORT: String(apiPort),
        // Metrics live on the management port; its own, so a running portal (9080) does not block the tests.
        YOKOTEN_MANAGEMENT_PORT: process.env.E2E_MANAGEMENT_PORT ?? '9089',
        YOKOTEN_DB_URL: process.env.E2E_DB_URL ?? 'jdbc:postgresql://127.0.0.1:5432/yokoten_e2e',
        YOKOTEN_DB_USER: process.env.YOKOTEN_DB_USER ?? 'yokoten_app',
        YOKOTEN_DB_PASSWORD: process.env.YOKOTEN_DB_PASSWORD ?? 'yokoten-app-dev',
        YOKOTEN_DB_OWNER_USER: process.env.YOKOTEN_DB_OWNER_USER ?? 'yokoten_owner',
        YOKOTEN_DB_OWNER_PASSWORD: process.env.YOKOTEN_DB_OWNER_PASSWORD ?? 'yokoten-owner-dev',
        YOKOTEN_OIDC_URL: process.env.YOKOTEN_OIDC_URL ?? 'http://localhost:8180/realms/yokoten',
        YOKOTEN_SMTP_HOST: '127.0.0.1',
        YOKOTEN_SMTP_PORT: String(smtpPort),
        YOKOTEN_SMTP_TLS: 'false',
        YOKOTEN_SMTP_START_TLS: 'DISABLED',
        YOKOTEN_MAIL_FROM: 'yokoten@yokoten.local',
        YOKOTEN_PUBLIC_URL: `http://localhost:${webPort}`,
        YOKOTEN_MAIL_POLL_INTERVAL: '2s',
      },
    },
    {
      command: `node_modules/.bin/vite preview --host 127.0.0.1`,
      url: `http://127.0.0.1:${webPort}/`,
      timeout: 60_000,
      reuseExistingServer: false,
      env: { PREVIEW_PORT: String(webPort), VITE_API_PROXY: `http://127.0.0.1:${apiPort}` },
    },
  ],
});
