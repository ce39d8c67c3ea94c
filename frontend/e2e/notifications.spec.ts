import { Api, draftTemplate, expect, expectAccessible, login, logout, runId, test, uploadVersion } from './support';

// SPEC §11 in the browser: a publisher submits, the reviewer's bell counts it, the reviewer approves, the
// publisher's bell and inbox show the decision, and the mail has arrived in GreenMail (a real SMTP server).
test.describe.configure({ mode: 'serial' });

const mailApi = `http://127.0.0.1:${process.env.E2E_MAIL_API_PORT ?? 8026}/api`;
const title = `乳幼児健診予約アプリ ${runId()}`;
let templateId = '';
/** The reviewer's unread count before this journey (other specs may have left notifications). */
let reviewerUnreadBefore = 0;

/** The text of a single-part MIME message, whichever transfer encoding the mailer chose. */
function decodedBody(mime: string): string {
  const split = mime.search(/\r?\n\r?\n/);
  const headers = mime.slice(0, split);
  const body = mime.slice(split).trim();
  if (/content-transfer-encoding:\s*base64/i.test(headers)) return Buffer.from(body, 'base64').toString('utf8');
  if (/content-transfer-encoding:\s*quoted-printable/i.test(headers)) {
    const bytes = body.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/gi, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
    return Buffer.from(bytes, 'latin1').toString('utf8');
  }
  return body;
}

async function unread(api: Api) {
  return (await api.get<{ unreadCount: number }>('/notifications?unread=true&size=1')).unreadCount;
}

test.beforeAll(async ({}, testInfo) => {
  const base = testInfo.project.use.baseURL;
  const reviewer = await Api.as('coe-reviewer', base);
  reviewerUnreadBefore = await unread(reviewer); // also makes the reviewer known to the portal
  const publisher = await Api.as('koto-publisher', base);
  await publisher.send('PUT', '/me/preferences', { email: 'immediate', locale: 'ja' });
  templateId = await draftTemplate(publisher, { title, summary: '乳幼児健診の予約を受け付けます。', category: 'health' });
  await uploadVersion(publisher, templateId, '1.0.0', '健診予約.json', { app: '健診予約', fields: ['予約日'] });
});

test('the publisher submits; the reviewer’s bell counts it and the inbox links to the queue', async ({ page }) => {
  await page.goto('/');
  await login(page, 'koto-publisher');
  await page.goto(`/publish/${templateId}`);
  await page.getByRole('button', { name: 'CoE審査に提出' }).click();
  await expect(page.getByTestId('template-status')).toHaveText('審査中');
  await logout(page);

  await login(page, 'coe-reviewer');
  const bell = page.getByTestId('notification-bell');
  await expect(bell).toHaveAccessibleName(`お知らせ（未読 ${reviewerUnreadBefore + 1} 件）`);
  await bell.click();
  const item = page.getByTestId('notification').filter({ hasText: title });
  await expect(item).toContainText('審査に提出されました');
  await expectAccessible(page);
  await item.getByRole('link').click();
  await expect(page).toHaveURL(/\/reviews$/);
  await expect(bell).toHaveAccessibleName(`お知らせ（未読 ${reviewerUnreadBefore} 件）`);
  const queued = page.getByRole('listitem').filter({ hasText: title });
  await queued.getByRole('button', { name: '承認' }).click();
  await expect(page.getByRole('listitem').filter({ hasText: title })).toHaveCount(0);
  await logout(page);
});

test('the publisher’s bell and inbox show the approval, and the mail is in GreenMail', async ({ page }) => {
  await page.goto('/');
  await login(page, 'koto-publisher');
  const bell = page.getByTestId('notification-bell');
  await expect(page.getByTestId('unread-count')).not.toHaveText('0');
  await bell.click();
  await expect(page.getByRole('heading', { name: 'お知らせ' })).toBeVisible();
  const item = page.getByTestId('notification').filter({ hasText: title });
  await expect(item).toContainText('承認され、公開されました');
  await expectAccessible(page);
  await page.getByRole('button', { name: '未読のみ' }).click();
  await expect(page.getByRole('button', { name: '未読のみ' })).toHaveAttribute('aria-pressed', 'true');
  await expectAccessible(page);

  await page.getByRole('link', { name: '通知設定' }).click();
  await expect(page.getByRole('radio', { name: 'すぐに送る' })).toBeChecked();
  await page.getByRole('radio', { name: /1日1回まとめて送る/ }).check();
  await page.getByRole('button', { name: '保存する' }).click();
  await expect(page.getByTestId('prefs-saved')).toBeVisible();
  await expectAccessible(page);
  await page.reload();
  await expect(page.getByRole('radio', { name: /1日1回まとめて送る/ })).toBeChecked();
  await page.getByRole('radio', { name: 'すぐに送る' }).check();
  await page.getByRole('button', { name: '保存する' }).click();
  await expect(page.getByTestId('prefs-saved')).toBeVisible();

  // The mail: Japanese subject, a link to the publisher's page of the template.
  await expect.poll(async () => {
    const res = await fetch(`${mailApi}/user/${encodeURIComponent('koto-publisher@demo.yokoten.example')}/messages/INBOX`);
    if (!res.ok) return '';
    const messages = (await res.json()) as { subject?: string; mimeMessage: string }[];
    return messages.find((m) => m.subject?.includes(title))?.subject ?? '';
  }, { timeout: 30_000 }).toBe(`【横展】承認：${title}`);
  const messages = (await (await fetch(`${mailApi}/user/${encodeURIComponent('koto-publisher@demo.yokoten.example')}/messages/INBOX`)).json()) as
    { subject?: string; mimeMessage: string }[];
  const mail = messages.filter((m) => m.subject?.includes(title));
  expect(mail).toHaveLength(1);
  expect(decodedBody(mail[0].mimeMessage)).toContain(`/publish/${templateId}`);
});
