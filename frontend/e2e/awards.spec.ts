import { Api, expect, expectAccessible, login, logout, runId, screenshot, test } from './support';

// The award round across roles (issue 16, acceptance 5): a Koto publisher enters a published story, a judge
// scores it with the frozen evidence beside the form, admin decides, sets the grand prize and publishes, and
// staff of another ward sees 「…年度 大賞」 on the story. The round's year is run-unique (one round per year).
test.describe.configure({ mode: 'serial' });

const year = 2030 + Math.floor(Math.random() * 60);
const storyTitle = `窓口の待ち時間を半分に ${runId()}`;
let roundId = '';
let storyId = '';

test.beforeAll(async ({}, testInfo) => {
  const base = testInfo.project.use.baseURL;
  const admin = await Api.as('portal-admin', base);
  const publisher = await Api.as('koto-publisher', base);
  const reviewer = await Api.as('coe-reviewer', base);
  const existing = await admin.get<{ items?: { id: string; fiscalYear: number }[] }>('/awards?size=100');
  if (existing.items?.some((r) => r.fiscalYear === year)) throw new Error(`FY${year} has a round already; run again`);
  const round = await admin.post<{ id: string }>('/awards', {
    fiscalYear: year, title: `${year}年度 特別区ノーコード・イノベーション・アワード`, entriesCloseOn: `${year}-11-30`, judgingClosesOn: `${year + 1}-01-31`,
  });
  roundId = round.id;
  await admin.post(`/awards/${roundId}/phase`, { phase: 'open' });
  const story = await publisher.post<{ id: string }>('/stories', { title: storyTitle, body: '## 取組\n受付をオンライン化しました。', hoursSavedPerYear: 320 });
  storyId = story.id;
  await publisher.post(`/stories/${storyId}/submit`);
  await reviewer.post(`/stories/${storyId}/review`, { decision: 'approve' });
});

test('a publisher enters a published story of their ward', async ({ page }) => {
  await page.goto('/');
  await login(page, 'koto-publisher');
  await page.getByRole('link', { name: 'アワード' }).click();
  await page.getByRole('link', { name: `${year}年度 特別区ノーコード・イノベーション・アワード` }).click();
  await expect(page.getByTestId('round-phase')).toHaveText('応募受付中');
  await page.getByLabel(/^応募する成果/).selectOption({ label: `成功事例: ${storyTitle}` });
  await page.getByLabel(/^応募の説明/).fill('窓口予約をオンライン化し、待ち時間を半分にしました。');
  await page.getByRole('button', { name: '応募する', exact: true }).click();
  await expect(page.getByRole('region', { name: '応募一覧' }).getByText(storyTitle)).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, 'award-entered');
  await logout(page);
  const admin = await Api.as('portal-admin', test.info().project.use.baseURL);
  await admin.post(`/awards/${roundId}/phase`, { phase: 'judging' });
});

test('a judge scores the entry beside its frozen evidence', async ({ page }) => {
  await page.goto(`/awards/${roundId}`);
  await login(page, 'committee-member');
  await page.goto(`/awards/${roundId}`);
  await expect(page.getByTestId('judging-progress')).toContainText('0 件採点済み');
  const sheet = page.getByRole('form', { name: `審査: ${storyTitle}` });
  const item = page.getByRole('listitem').filter({ has: sheet });
  await expect(item.getByText('業務削減時間（成功事例）')).toBeVisible();
  await expect(item.getByText('320')).toBeVisible();
  await sheet.getByLabel(/^業務削減効果/).selectOption('5');
  await sheet.getByLabel(/^住民サービス向上への貢献度/).selectOption('4');
  await sheet.getByLabel(/^独創性/).selectOption('4');
  await sheet.getByRole('button', { name: '採点を保存' }).click();
  await expect(sheet.getByText('保存しました。')).toBeVisible();
  await expect(page.getByTestId('judging-progress')).toContainText(/1 件採点済み/);
  await expectAccessible(page);
  await screenshot(page, 'award-judging');
  await logout(page);
});

test('admin decides, awards the grand prize and publishes', async ({ page }) => {
  await page.goto('/');
  await login(page, 'portal-admin');
  await page.goto(`/awards/${roundId}`);
  await page.getByRole('button', { name: '「結果確定」へ進める' }).click();
  await expect(page.getByTestId('round-phase')).toHaveText('結果確定');
  await page.getByLabel(`賞を設定: ${storyTitle}`).selectOption('grand');
  await expect(page.getByLabel(`賞を設定: ${storyTitle}`)).toHaveValue('grand');
  await expectAccessible(page);
  await screenshot(page, 'award-decided');
  await page.getByRole('button', { name: '「結果公表」へ進める' }).click();
  await expect(page.getByTestId('round-phase')).toHaveText('結果公表');
  await expect(page.getByTestId('winners')).toContainText(storyTitle);
  await logout(page);
});

test('staff of another ward sees the winners and the badge on the story, in both languages', async ({ page }) => {
  await page.goto('/');
  await login(page, 'shinagawa-publisher');
  await page.goto(`/awards/${roundId}`);
  await expect(page.getByTestId('winners')).toContainText(storyTitle);
  await expectAccessible(page);
  await page.goto(`/stories/${storyId}`);
  await expect(page.getByTestId('prize-badges')).toContainText(`${year}年度 大賞`);
  await expectAccessible(page);
  await screenshot(page, 'award-badge');
  await page.getByRole('button', { name: /English/ }).click();
  await expect(page.getByTestId('prize-badges')).toContainText(`FY${year} Grand Prize`);
  await page.goto(`/awards/${roundId}`);
  await expect(page.getByRole('heading', { name: 'Results' })).toBeVisible();
  await expectAccessible(page);
});
