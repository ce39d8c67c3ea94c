import { expect, expectAccessible, login, screenshot, test } from './support';

test('koto staff logs in through Keycloak, sees their ward, switches to English and logs out', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('23区');
  await expect(page.getByRole('button', { name: 'ログイン' })).toBeEnabled();
  await expectAccessible(page);
  await screenshot(page, 'home-anonymous-ja');

  await login(page, 'koto-staff');
  await expect(page.getByTestId('current-ward')).toHaveText('江東区');
  await expect(page.getByTestId('current-user')).toHaveText(/江東 花子/);
  await expect(page.getByTestId('welcome')).toContainText('職員');
  await expectAccessible(page);
  await screenshot(page, 'home-koto-staff-ja');

  await page.getByRole('button', { name: /English/ }).click();
  await expect(page.getByTestId('current-ward')).toHaveText('Koto City');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expectAccessible(page);
  await screenshot(page, 'home-koto-staff-en');

  // The language choice survives a reload (and the Keycloak session survives it too).
  await page.reload();
  await expect(page.getByTestId('current-ward')).toHaveText('Koto City');

  await page.getByRole('button', { name: 'Log out' }).click();
  await expect(page.getByRole('button', { name: 'Log in' })).toBeVisible();
  await expect(page.getByTestId('current-user')).toHaveCount(0);
});

test('a user outside the wards sees their roles and no ward', async ({ page }) => {
  await page.goto('/');
  await login(page, 'committee-member');
  await expect(page.getByTestId('current-ward')).toHaveText('所属区なし');
  await expect(page.getByTestId('welcome')).toContainText('アワード審査委員');
});
