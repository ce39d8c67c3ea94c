import { Api, expect, expectAccessible, login, runId, screenshot, test, uploadVersion } from './support';

// SPEC §13 in one story: a project member edits the standard flow, Shinagawa declares a plan, the board shows it,
// the overview's figures move when Shinagawa records a production adoption, and the CoE records a hearing result.
test.describe.configure({ mode: 'serial' });

const processName = `イベント申込管理 ${runId()}`;
let processId = '';
let projectId = '';
let templateId = '';

test.beforeAll(async ({}, testInfo) => {
  const base = testInfo.project.use.baseURL;
  const admin = await Api.as('portal-admin', base);
  const koto = await Api.as('koto-publisher', base);
  const reviewer = await Api.as('coe-reviewer', base);
  processId = (await admin.post<{ id: string }>('/processes', { nameJa: processName, nameEn: 'Event applications (e2e)' })).id;
  const seed = { title: `イベント申込フォーム ${runId()}`, platform: 'kintone', category: 'events', personalData: 'none', processId };
  templateId = (await koto.post<{ id: string }>('/templates', seed)).id;
  await uploadVersion(koto, templateId, '1.0.0', 'event.json', { app: 'イベント申込' }, '初版');
  await koto.post(`/templates/${templateId}/submit`);
  await reviewer.post(`/templates/${templateId}/review`, { decision: 'approve' });
  projectId = (await admin.post<{ id: string }>('/projects', {
    processId, title: 'イベント申込管理の共同開発', goal: '全区で同じ申込フォームを使う', memberWards: ['koto', 'shinagawa'],
    flow: '1. 申込受付\n2. 抽選', templateIds: [templateId], milestones: [{ title: '標準フロー確定', dueOn: '2027-03-31' }],
  })).id;
  const me = await koto.get<{ subject: string }>('/me');
  await admin.send('PUT', `/projects/${projectId}/members/${me.subject}`, { name: '江東 太郎', ward: 'koto' });
});

test('a member edits the standard flow and the history keeps both versions', async ({ page }) => {
  await page.goto('/');
  await login(page, 'koto-publisher');
  await page.getByRole('link', { name: '標準化' }).click();
  await expect(page.getByRole('heading', { name: '共通業務の標準化' })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('link', { name: 'イベント申込管理の共同開発' }).first().click();
  await expect(page.getByTestId('flow-body')).toContainText('抽選');
  await page.getByRole('button', { name: '標準業務フローを編集' }).click();
  await page.getByRole('textbox', { name: '標準業務フロー' }).fill('1. 申込受付\n2. 抽選\n3. 当選通知');
  await page.getByRole('button', { name: '新しい版として保存' }).click();
  await expect(page.getByRole('status')).toHaveText('保存しました。');
  await expect(page.getByTestId('flow-body')).toContainText('当選通知');
  await page.getByText('改版履歴（2版）').click();
  await expectAccessible(page);
  await screenshot(page, 'project-flow-history');
});

test('a ward declares a plan and the board shows it in words, not colour alone', async ({ page }) => {
  await page.goto(`/processes/${processId}/board`);
  await login(page, 'shinagawa-publisher');
  const shinagawa = page.locator('[data-ward="shinagawa"]');
  await expect(shinagawa).toContainText('未着手');
  await page.getByLabel(/^移行目標日\s*必須/).fill('2030-04-01');
  await page.getByLabel('メモ').fill('次期システム更改に合わせて移行');
  await page.getByRole('button', { name: '計画を登録する' }).click();
  await expect(page.getByRole('status')).toHaveText('計画を登録しました。');
  await expect(shinagawa).toContainText('計画');
  await expect(shinagawa).toContainText('移行目標 2030-04-01');
  await expectAccessible(page);
  await screenshot(page, 'board-planned');
});

test('the overview moves when the ward records a production adoption', async ({ page }, testInfo) => {
  await page.goto('/standardisation');
  await login(page, 'shinagawa-publisher');
  const row = page.getByRole('row', { name: new RegExp(processName) });
  await expect(row.getByRole('cell').nth(0)).toHaveText('0');
  const shinagawa = await Api.as('shinagawa-publisher', testInfo.project.use.baseURL);
  await shinagawa.send('PUT', `/templates/${templateId}/adoption`, { status: 'production' });
  await page.reload();
  await expect(row.getByRole('cell').nth(0)).toHaveText('1');
  await expect(row).toContainText('4.35%');
  await page.getByRole('link', { name: processName }).click();
  await expect(page.locator('[data-ward="shinagawa"]')).toContainText('本番運用');
  await expectAccessible(page);
});

test('a reviewer records an adoption learned by hearing', async ({ page }) => {
  await page.goto(`/processes/${processId}/board`);
  await login(page, 'coe-reviewer');
  await page.getByLabel(/^テンプレート\s*必須/).selectOption(templateId);
  await page.getByLabel(/^区\s*必須/).selectOption('nerima');
  await page.getByRole('button', { name: '導入を登録する' }).click();
  await expect(page.getByRole('alert')).toBeVisible();
  await page.getByLabel(/^ヒアリングの記録\s*必須/).fill('2026年12月 練馬区DX推進課へのヒアリング');
  await page.getByRole('button', { name: '導入を登録する' }).click();
  await expect(page.getByRole('status')).toHaveText('ヒアリングによる導入を登録しました。');
  const nerima = page.locator('[data-ward="nerima"]');
  await expect(nerima).toContainText('本番運用');
  await expect(nerima).toContainText('ヒアリング調査による登録');
  await expectAccessible(page);
  await screenshot(page, 'board-hearing');
});
