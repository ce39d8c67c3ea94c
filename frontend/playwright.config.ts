import { defineConfig } from '@playwright/test';
import { execSync } from 'node:child_process';

// Journeys run against the real stack: Keycloak (started by deploy/test.sh), the packaged backend on an
// e2e database, and the built SPA served by `vite preview` with /api proxied to that backend.
const apiPort = Number(process.env.E2E_API_PORT ?? 8089);
const webPort = Number(process.env.E2E_WEB_PORT ?? 4173);
const java = process.env.YOKOTEN_JAVA ?? 'java';
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
