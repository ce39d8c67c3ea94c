import { Api, expect, expectAccessible, login, logout, publishedTemplate, runId, screenshot, test } from './support';

// Issue 17's journey: Koto's staff posts a proposal, staff of two other wards support it, a Koto publisher marks
// it solved by Shinagawa's template, and the template page says it solves 1 proposal from 3 wards.
test.describe.configure({ mode: 'serial' });

const tag = runId();
const title = `窓口予約のオンライン化 ${tag}`;
let proposalUrl = '';
let templateId = '';

test.beforeAll(async ({}, testInfo) => {
  const base = testInfo.project.use.baseURL;
  templateId = await publishedTemplate(await Api.as('shinagawa-publisher', base), await Api.as('coe-reviewer', base),
    { title: `窓口予約管理 ${tag}`, summary: '窓口の予約を受け付けて管理します。' }, { name: 'reservation.json', content: { app: '窓口予約' } });
});

test('staff posts a proposal and sees similar templates while typing', async ({ page }) => {
  await page.goto('/');
  await login(page, 'koto-staff');
  await page.getByRole('link', { name: '業務改善提案' }).click();
  await expectAccessible(page);
  await page.getByRole('button', { name: '提案を投稿する' }).click();
  await page.getByLabel(/^件名\s*必須$/).fill(`窓口予約 ${tag}`);
  await expect(page.getByTestId('similar-templates')).toContainText(`窓口予約管理 ${tag}`);
  await page.getByLabel(/^件名\s*必須$/).fill(title);
  await page.getByLabel(/^現状の課題\s*必須$/).fill('窓口の待ち時間が長く、電話予約の受付に毎日2時間かかる。');
  await page.getByLabel(/^改善案\s*必須$/).fill('オンライン予約フォームを作り、予約一覧を自動で作る。');
  await expectAccessible(page);
  await screenshot(page, 'proposal-new');
  await page.getByRole('button', { name: '投稿する', exact: true }).click();
  await page.getByLabel('キーワード').fill(tag);
  await page.getByRole('button', { name: '絞り込む' }).click();
  await page.getByRole('link', { name: title }).click();
  await expect(page.getByTestId('proposal-counts')).toContainText('支援 1人');
  proposalUrl = page.url();
  await expectAccessible(page);
  await logout(page);
});

for (const supporter of ['shinagawa-publisher', 'minato-lead']) {
  test(`${supporter} supports it for their ward`, async ({ page }) => {
    await page.goto('/');
    await login(page, supporter);
    await page.goto(proposalUrl);
    await page.getByRole('button', { name: 'うちの区でも欲しい' }).click();
    await expect(page.getByRole('button', { name: '支援を取り消す' })).toBeVisible();
    await logout(page);
  });
}

test('a publisher of the author ward marks it solved by another ward template', async ({ page }) => {
  await page.goto('/');
  await login(page, 'koto-publisher');
  await page.goto(proposalUrl);
  await expect(page.getByTestId('proposal-counts')).toContainText('支援 3人 ・ 3区');
  await page.getByLabel(/^新しい状態/).selectOption('solved');
  await page.getByLabel(/^回答/).fill('品川区のテンプレートで解決できます。');
  await page.getByLabel(/^解決したテンプレートのID/).fill(templateId);
  await expectAccessible(page);
  await page.getByRole('button', { name: '変更する' }).click();
  await expect(page.getByTestId('proposal-status')).toHaveText('解決済み');
  await expect(page.getByTestId('proposal-history')).toContainText('受付中 → 解決済み');
  await expectAccessible(page);
  await screenshot(page, 'proposal-solved');
  await page.getByRole('link', { name: `窓口予約管理 ${tag}` }).click();
  await expect(page.getByTestId('solved-proposals')).toHaveText('1件の提案（3区）を解決');
  await expectAccessible(page);
  await logout(page);
});

test('an operator records and revokes a certification in the register', async ({ page }) => {
  await page.goto('/');
  await login(page, 'portal-admin');
  await page.getByRole('link', { name: '認定開発者名簿' }).click();
  await expectAccessible(page);
  const name = `認定 ${tag}`;
  await page.locator('form[aria-labelledby="record-title"]').getByLabel(/^区/).selectOption('koto');
  await page.getByLabel(/^氏名\s*必須$/).fill(name);
  await page.getByLabel(/^認定日\s*必須$/).fill('2026-04-01');
  await page.getByRole('button', { name: '記録する' }).click();
  const row = page.getByRole('row', { name: new RegExp(name) });
  await expect(row).toContainText('有効');
  await row.getByRole('button', { name: '取り消す' }).click();
  await row.getByLabel(/^取消の理由/).fill('誤登録');
  await row.getByRole('button', { name: '取消を確定する' }).click();
  await expect(page.getByRole('row', { name: new RegExp(name) })).toContainText('誤登録');
  await expectAccessible(page);
  await screenshot(page, 'certifications');
});
