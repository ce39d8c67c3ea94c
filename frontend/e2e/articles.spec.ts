import { Api, expect, inBothLanguages, login, runId, test } from './support';

// Know-how articles (SPEC §13) in one story, with its own data, so it runs alone or in any order: a Koto publisher
// writes an article linked to nothing and submits it, a reviewer approves it through the API, and any staff member
// finds it by a two-character word in the Japanese search. Every page passes axe in Japanese and English.
test.describe.configure({ mode: 'serial', timeout: 300_000 });
const run = runId();
const title = `kintoneの権限設計のコツ ${run}`;

test('a publisher writes and submits an article; the editor passes axe in both languages', async ({ page }) => {
  await page.goto('/publish/articles/new');
  await login(page, 'koto-publisher');
  await expect(page.getByRole('heading', { name: '開発ノウハウを書く' })).toBeVisible();
  await inBothLanguages(page, 'article-new');
  await page.getByLabel(/^タイトル\s*必須/).fill(title);
  await page.getByLabel(/^本文（Markdown）/).fill('## 権限\n\nアプリ管理者と一般利用者のグループを分け、レコード閲覧権限は所属で絞ります。');
  await page.getByRole('button', { name: '下書きを保存' }).click();
  await expect(page.getByRole('heading', { name: title })).toBeVisible();
  await expect(page.getByTestId('article-status')).toHaveText('下書き');
  await page.getByRole('button', { name: 'CoE審査に提出' }).click();
  await expect(page.getByTestId('article-status')).toHaveText('審査中');
});

test('once approved, staff find the article by a two-character word; the pages pass axe', async ({ page }, testInfo) => {
  const baseURL = testInfo.project.use.baseURL;
  const reviewer = await Api.as('coe-reviewer', baseURL);
  const found = await reviewer.get<{ items: { id: string; title: string }[] }>(`/articles?status=in_review&q=${encodeURIComponent(run)}`);
  const id = found.items.find((a) => a.title === title)?.id;
  expect(id, 'the submitted article is in review').toBeTruthy();
  await reviewer.post(`/articles/${id}/review`, { decision: 'approve' });

  await page.goto('/articles');
  await login(page, 'minato-staff');
  await page.getByRole('searchbox').fill(`権限 ${run}`);
  await page.getByRole('button', { name: '検索' }).click();
  await expect(page.getByRole('link', { name: title })).toBeVisible();
  await inBothLanguages(page, 'articles-search');
  await page.getByRole('link', { name: title }).click();
  await expect(page.getByRole('heading', { name: title, level: 1 })).toBeVisible();
  await expect(page.getByRole('heading', { name: '権限', level: 2 })).toBeVisible();
  await inBothLanguages(page, 'article-page');
});
