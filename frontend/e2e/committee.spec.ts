import type { Download, Page } from '@playwright/test';
import { expect, expectAccessible, login, logout, test } from './support';

/**
 * The committee's dashboard: the monthly charts (axes, month labels, values on keyboard focus, the
 * tables kept) and the CSV download when the API refuses or fails — the page shows the problem and
 * the browser saves nothing (before, the error body was saved as a .csv).
 */
async function openDashboard(page: Page) {
  await page.goto('/');
  await login(page, 'committee-member');
  await page.getByRole('link', { name: 'アワード統計' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('アワード統計');
}

/** Answers the CSV variant of GET /stats/templates with `status` and a problem; the JSON table is left alone. */
async function refuseCsv(page: Page, status: number, detail: string) {
  await page.route('**/api/v1/stats/templates?**', async (route) => {
    if (!(route.request().headers()['accept'] ?? '').includes('text/csv')) return route.continue();
    await route.fulfill({
      status,
      contentType: 'application/problem+json',
      body: JSON.stringify({ type: 'about:blank', title: status === 403 ? 'Forbidden' : 'Internal Server Error', status, detail }),
    });
  });
}

test('the monthly charts have labelled months and show a value on keyboard focus; the tables stay', async ({ page }) => {
  await openDashboard(page);
  const chart = page.getByRole('img', { name: /月別ダウンロード数の棒グラフ/ });
  await expect(chart).toBeVisible();
  await expect(page.getByRole('img', { name: /月別導入数の棒グラフ/ })).toBeVisible();
  await expect(page.getByRole('img', { name: /月別横展開数（他区）の棒グラフ/ })).toBeVisible();
  await chart.focus();
  const value = page.getByTestId('chart-value').first();
  await expect(value).toHaveText(/^4月：\d+件$/);
  await page.keyboard.press('ArrowRight');
  await expect(value).toHaveText(/^5月：\d+件$/);
  await page.keyboard.press('End');
  await expect(value).toHaveText(/^3月：\d+件$/);
  const figure = page.getByRole('figure').first();
  await figure.getByText('表で見る').click();
  await expect(figure.getByRole('table').getByRole('row')).toHaveCount(13);
  await expectAccessible(page);
  await logout(page);
});

for (const [status, detail, message] of [
  [403, 'award committee only', 'この操作を行う権限がありません。'],
  [500, 'Unexpected failure (incident 7f3a)', 'Unexpected failure (incident 7f3a)'],
] as const) {
  test(`a CSV download the API answers with ${status} shows the message and saves nothing`, async ({ page }) => {
    await openDashboard(page);
    await expect(page.getByTestId('template-stats')).toBeVisible();
    const downloads: Download[] = [];
    page.on('download', (d) => downloads.push(d));
    await refuseCsv(page, status, detail);
    const section = page.getByRole('region', { name: 'テンプレート別' });
    await section.getByRole('button', { name: 'CSVをダウンロード' }).click();
    await expect(section.getByRole('alert')).toContainText(message);
    // The answer has arrived and been handled: a save would have started by now.
    await page.waitForTimeout(500);
    expect(downloads).toEqual([]);
    await expectAccessible(page);
    await logout(page);
  });
}
