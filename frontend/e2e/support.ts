import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

export const DEMO_PASSWORD = 'demo1234';

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
