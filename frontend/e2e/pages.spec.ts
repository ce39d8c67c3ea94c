import { Api, draftTemplate, expect, inBothLanguages, login, logout, publishedTemplate, runId, test } from './support';

// Creates what it needs through the API (real Keycloak tokens), so it runs alone or in any order:
// a Koto draft to edit and a published Koto template, approved at 1.0.0, to give a new version and a story.
test.describe.configure({ mode: 'serial', timeout: 360_000 }); // many pages, each checked twice
const run = runId();
const storyTitle = `学童保育の申込をオンライン化 ${run}`;
const draftTitle = `非公開の下書きテンプレート ${run}`;
const templateTitle = `学童保育申込管理アプリ ${run}`;

test.beforeAll(async ({}, testInfo) => {
  const baseURL = testInfo.project.use.baseURL;
  const publisher = await Api.as('koto-publisher', baseURL);
  await draftTemplate(publisher, { title: draftTitle });
  await publishedTemplate(publisher, await Api.as('coe-reviewer', baseURL),
    { title: templateTitle, summary: '学童クラブの申込受付と入所調整をkintoneで管理します。', tags: ['学童', '申込'] },
    { name: '学童保育.json', content: { app: '学童保育申込', fields: ['氏名区分', '学年'] } });
});

test('a publisher writes a success story; every publisher page passes axe in both languages', async ({ page }) => {
  await page.goto('/');
  await login(page, 'koto-publisher');
  await page.getByRole('link', { name: '自区のテンプレート' }).click();
  await inBothLanguages(page, 'page-publish-list');
  await page.getByRole('link', { name: draftTitle }).click();
  await expect(page.getByTestId('template-status')).toHaveText('下書き');
  await inBothLanguages(page, 'page-manage');
  await page.getByRole('link', { name: 'テンプレートを編集' }).click();
  await expect(page.getByLabel(/^タイトル\s*必須$/)).toHaveValue(draftTitle);
  await inBothLanguages(page, 'page-edit-template');
  await page.getByLabel(/^概要/).fill('編集した概要');
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByTestId('template-status')).toHaveText('下書き');
  await page.getByRole('link', { name: 'テンプレートを編集' }).click();
  await expect(page.getByLabel(/^概要/)).toHaveValue('編集した概要');
  await page.goto('/publish/new');
  await inBothLanguages(page, 'page-new-template');

  // A new version of the template published by beforeAll, for the reviewer's "what changed".
  await page.goto('/publish');
  await page.getByRole('button', { name: '公開中' }).click();
  await page.getByRole('link', { name: templateTitle }).click();
  await page.getByLabel(/^ファイル\s*必須$/).setInputFiles({ name: '学童保育.json', mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ app: '学童保育申込', fields: ['氏名区分', '学年', '利用曜日'] })) });
  await page.getByRole('textbox', { name: /^バージョン\s*必須$/ }).fill('1.1.0');
  await page.getByLabel(/^変更内容/).fill('利用曜日の項目を追加');
  await page.getByRole('button', { name: 'アップロード' }).click();
  await expect(page.getByRole('status')).toContainText('1.1.0');
  await page.getByRole('button', { name: 'CoE審査に提出' }).click();
  await expect(page.getByRole('status')).toContainText('審査に提出しました');

  await page.goto('/publish');
  await page.getByRole('link', { name: '成功事例を書く' }).click();
  await inBothLanguages(page, 'page-story-new');
  await page.getByLabel(/^タイトル\s*必須$/).fill(storyTitle);
  // Markup that would run if it became part of the page: a script, and the handler of an image that fails to load.
  await page.getByLabel(/^本文（Markdown）/).fill('## 効果\n申込の集計が**10分**になりました。\n\n<script>window.pwned = true</script>\n\n<img src="/no-such-image.png" alt="図" onerror="window.pwned = true">');
  await page.getByLabel(/^年間削減時間/).fill('120');
  await page.getByLabel(/^テンプレートを探す/).fill(templateTitle);
  await page.getByRole('button', { name: `「${templateTitle}」をつなげる` }).click();
  await expect(page.getByTestId('linked-templates').getByRole('listitem')).toHaveCount(1);
  await page.getByRole('button', { name: '下書きを保存' }).click();
  await expect(page.getByTestId('story-status')).toHaveText('下書き');
  await page.getByRole('button', { name: 'CoE審査に提出' }).click();
  await expect(page.getByTestId('story-status')).toHaveText('審査中');
  await inBothLanguages(page, 'page-story-edit');
  await logout(page);
});

test('a reviewer sees what changed and publishes the story from the queue', async ({ page }) => {
  await page.goto('/');
  await login(page, 'minato-lead');
  await page.getByRole('link', { name: '審査キュー' }).click();
  const item = page.getByRole('listitem').filter({ hasText: storyTitle });
  await expect(item).toBeVisible();
  const version = page.getByRole('listitem').filter({ hasText: templateTitle }).filter({ hasText: '1.1.0' });
  await version.getByTestId('what-changed').click();
  await expect(version.getByTestId('changes')).toContainText('承認済み 1.0.0');
  await expect(version.getByTestId('changes')).toContainText('利用曜日の項目を追加');
  await inBothLanguages(page, 'page-review-queue');
  await item.getByRole('button', { name: '承認' }).click();
  await expect(page.getByRole('listitem').filter({ hasText: storyTitle })).toHaveCount(0);
  await logout(page);
});

test('staff pages pass axe in both languages; the story is linked from its template and renders inert', async ({ page }) => {
  await page.goto('/');
  await login(page, 'koto-staff');
  await inBothLanguages(page, 'page-home');
  await page.goto(`/search?q=${encodeURIComponent(templateTitle)}`);
  await expect(page.getByTestId('results').getByRole('link', { name: templateTitle })).toBeVisible();
  await inBothLanguages(page, 'page-search');
  await page.getByTestId('results').getByRole('link', { name: templateTitle }).click();
  await expect(page.getByTestId('template-stories')).toContainText(storyTitle);
  await inBothLanguages(page, 'page-template');
  await page.getByTestId('template-stories').getByRole('link', { name: storyTitle }).click();
  await expect(page.getByTestId('story-body').locator('strong')).toHaveText('10分');
  // The markup shows as the text that was written; no element of it reached the DOM (and the shared
  // fixture fails the test if any handler had been refused by the CSP).
  const body = page.getByTestId('story-body');
  await expect(body).toContainText('<script>window.pwned = true</script>');
  await expect(body).toContainText('<img src="/no-such-image.png" alt="図" onerror="window.pwned = true">');
  expect(await body.locator('script').count()).toBe(0);
  expect(await body.locator('img').count()).toBe(0);
  await inBothLanguages(page, 'page-story');
  await page.goto('/no-such-page');
  await inBothLanguages(page, 'page-not-found');
});
