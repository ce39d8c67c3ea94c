import { describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { Header } from './header';
import { StaticAuthProvider, type Auth } from '../lib/auth';
import i18n, { changeLanguage } from '../lib/i18n';
import type { Me } from '../lib/me';

const kotoStaff: Me = {
  subject: 's-1',
  username: 'koto-staff',
  name: '江東 花子',
  ward: { slug: 'koto', code: '131083', nameJa: '江東区', nameEn: 'Koto City' },
  roles: ['staff'],
};

function renderHeader(me: Me | null, auth: Partial<Auth> = {}) {
  const value: Auth = {
    state: me ? { status: 'authenticated', username: me.username! } : { status: 'anonymous' },
    login: vi.fn(),
    logout: vi.fn(),
    token: async () => 'tok',
    retry: vi.fn(),
    ...auth,
  };
  render(
    <StaticAuthProvider value={value}>
      <MemoryRouter>
        <Header me={me} />
      </MemoryRouter>
    </StaticAuthProvider>,
  );
  return value;
}

describe('Header', () => {
  it('shows the user name and the ward in Japanese by default', async () => {
    await changeLanguage('ja');
    renderHeader(kotoStaff);
    expect(screen.getByTestId('current-user')).toHaveTextContent('江東 花子');
    expect(screen.getByTestId('current-ward')).toHaveTextContent('江東区');
    expect(screen.getByRole('button', { name: /ログアウト/ })).toBeInTheDocument();
  });

  it('switches to English, shows the English ward name and remembers the choice', async () => {
    await changeLanguage('ja');
    renderHeader(kotoStaff);
    await userEvent.click(screen.getByRole('button', { name: /English/ }));
    expect(i18n.language).toBe('en');
    expect(localStorage.getItem('yokoten.lang')).toBe('en');
    expect(document.documentElement.lang).toBe('en');
    expect(await screen.findByTestId('current-ward')).toHaveTextContent('Koto City');
    expect(screen.getByRole('button', { name: 'Log out' })).toBeInTheDocument();
  });

  it('leads staff to the know-how articles', async () => {
    await changeLanguage('ja');
    renderHeader(kotoStaff);
    expect(screen.getByRole('link', { name: '開発ノウハウ' })).toHaveAttribute('href', '/articles');
  });

  it('offers login to an anonymous visitor and calls the identity provider', async () => {
    await changeLanguage('ja');
    const auth = renderHeader(null);
    expect(screen.queryByTestId('current-user')).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'ログイン' }));
    expect(auth.login).toHaveBeenCalledOnce();
  });

  it('labels a user outside the wards instead of showing an empty ward', async () => {
    await changeLanguage('ja');
    renderHeader({ ...kotoStaff, name: '審査 由美', ward: null, roles: ['award_committee', 'staff'] });
    expect(screen.getByTestId('current-ward')).toHaveTextContent('所属区なし');
  });
});
