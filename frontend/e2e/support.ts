import AxeBuilder from '@axe-core/playwright';
import { expect, test as base, type Page } from '@playwright/test';

export { expect };
export const DEMO_PASSWORD = 'demo1234';
/** The Keycloak the SPA was built against (the same default as src/lib/config.ts). */
export const KEYCLOAK_URL = process.env.VITE_KEYCLOAK_URL ?? 'http://localhost:8180';

declare global {
  interface Window {
    __yokotenCspViolation?: (text: string) => void;
  }
}

/**
 * Every spec imports `test` from here: it records Content-Security-Policy violations (the page's
 * `securitypolicyviolation` events and the browser's console reports of them) on every page the test
 * visits, and fails the test if there was any. A test that provokes one on purpose sets
 * `test.use({ cspViolationsExpected: true })` and checks `cspViolations` itself.
 */
export const test = base.extend<{ cspViolationsExpected: boolean; cspViolations: string[] }>({
  cspViolationsExpected: [false, { option: true }],
  cspViolations: [
    async ({ page, cspViolationsExpected }, use) => {
      const seen: string[] = [];
      page.on('console', (m) => {
        if (/Content[- ]Security[- ]Policy/i.test(m.text())) seen.push(`console ${m.type()} at ${m.location().url}: ${m.text()}`);
      });
      await page.exposeBinding('__yokotenCspViolation', ({ frame }, text: string) => void seen.push(`${frame.url()}: ${text}`));
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (e) =>
          window.__yokotenCspViolation?.(`${e.effectiveDirective} refused ${e.blockedURI || 'inline code'} (${e.sourceFile}:${e.lineNumber})`),
        true);
      });
      await use(seen);
      if (!cspViolationsExpected) expect(seen, 'Content Security Policy violations on the pages of this test').toEqual([]);
    },
    { auto: true },
  ],
});

/** Logs in on the real Keycloak login page, starting from the SPA's login button. */
export async function login(page: Page, username: string) {
  await page.getByRole('button', { name: /ログイン|Log in/ }).click();
  await page.waitForURL(/\/realms\/yokoten\/protocol\/openid-connect\/auth/);
  await page.locator('#username').fill(username);
  await page.locator('#password').fill(DEMO_PASSWORD);
  await page.locator('#kc-login').click();
  await page.waitForURL((url) => !url.pathname.includes('/realms/'));
}

export async function logout(page: Page) {
  await page.getByRole('button', { name: /ログアウト|Log out/ }).click();
  await expect(page.getByRole('button', { name: /ログイン|Log in/ })).toBeVisible();
}

/** Asserts that axe finds no WCAG 2.1 A/AA violation on the current page. */
export async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  expect(summary).toEqual([]);
}

export async function screenshot(page: Page, name: string) {
  await page.screenshot({ path: `test-results/screens/${name}.png`, fullPage: true });
}

/** A run-unique suffix, so a spec's data never collides with what another spec (or run) left behind. */
export const runId = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1296).toString(36)}`;

/** The fiscal year the committee page opens on (April–March, Asia/Tokyo). */
export function currentFiscalYear(): number {
  const now = new Date(Date.now() + 9 * 3600_000);
  return now.getUTCMonth() >= 3 ? now.getUTCFullYear() : now.getUTCFullYear() - 1;
}

/**
 * The API as a demo user, with a real Keycloak token (password grant of the demo-only client
 * demo-test-cli), through the SPA's own /api proxy: how specs create the data they need.
 */
export class Api {
  private constructor(private readonly base: string, private readonly token: string) {}

  static async as(username: string, baseURL: string | undefined): Promise<Api> {
    const res = await fetch(`${KEYCLOAK_URL}/realms/yokoten/protocol/openid-connect/token`, {
      method: 'POST',
      body: new URLSearchParams({ grant_type: 'password', client_id: 'demo-test-cli', username, password: DEMO_PASSWORD }),
    });
    if (!res.ok) throw new Error(`no token for ${username}: ${res.status} ${await res.text()}`);
    const { access_token } = (await res.json()) as { access_token: string };
    return new Api(`${baseURL ?? ''}/api/v1`, access_token);
  }

  async send<T>(method: string, path: string, body?: unknown): Promise<T> {
    const form = body instanceof FormData;
    const res = await fetch(this.base + path, {
      method,
      headers: { Authorization: `Bearer ${this.token}`, ...(body !== undefined && !form ? { 'Content-Type': 'application/json' } : {}) },
      body: body === undefined ? undefined : form ? body : JSON.stringify(body),
    });
    const text = await res.text();
    if (!res.ok) throw new Error(`${method} ${path} → ${res.status} ${text}`);
    return (text ? JSON.parse(text) : undefined) as T;
  }

  get<T>(path: string) {
    return this.send<T>('GET', path);
  }

  post<T>(path: string, body?: unknown) {
    return this.send<T>('POST', path, body);
  }
}

export interface TemplateSeed {
  title: string;
  summary?: string;
  description?: string;
  category?: string;
  tags?: string[];
}

/** A draft of the publisher's ward; returns its id. */
export async function draftTemplate(publisher: Api, seed: TemplateSeed): Promise<string> {
  const created = await publisher.post<{ id: string }>('/templates', {
    platform: 'kintone', category: 'childcare', personalData: 'none', ...seed,
  });
  return created.id;
}

/** A file as a new version of a template (no governance findings in `content` means it can be submitted at once). */
export async function uploadVersion(publisher: Api, id: string, version: string, name: string, content: unknown, changelog = '') {
  const form = new FormData();
  form.set('file', new Blob([JSON.stringify(content)], { type: 'application/json' }), name);
  form.set('version', version);
  form.set('changelog', changelog);
  await publisher.post(`/templates/${id}/versions`, form);
}

/** Draft → version 1.0.0 → submitted by the publisher → approved by the reviewer; returns the id. */
export async function publishedTemplate(publisher: Api, reviewer: Api, seed: TemplateSeed, file: { name: string; content: unknown }): Promise<string> {
  const id = await draftTemplate(publisher, seed);
  await uploadVersion(publisher, id, '1.0.0', file.name, file.content, '初版');
  await publisher.post(`/templates/${id}/submit`);
  await reviewer.post(`/templates/${id}/review`, { decision: 'approve' });
  return id;
}

type Kpis = { kpis?: { id?: string; value?: number }[] };

/** The committee's KPI values of the fiscal year its page opens on, by KPI id. */
export async function kpiValues(committee: Api): Promise<Record<string, number>> {
  const report = await committee.get<Kpis>(`/stats/kpis?fiscalYear=${currentFiscalYear()}`);
  return Object.fromEntries((report.kpis ?? []).map((k) => [k.id ?? '', k.value ?? 0]));
}

/** axe on the current page in Japanese, then in English, with a screenshot of each. */
export async function inBothLanguages(page: Page, name: string) {
  // A full page load signs in again through Keycloak (check-sso) before the page settles.
  await expect(page.getByRole('button', { name: /ログアウト|Log out/ })).toBeVisible();
  await page.waitForLoadState('networkidle');
  await expectAccessible(page);
  await screenshot(page, `${name}-ja`);
  await page.getByRole('button', { name: /English/ }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expectAccessible(page);
  await screenshot(page, `${name}-en`);
  await page.getByRole('button', { name: /日本語/ }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
}
