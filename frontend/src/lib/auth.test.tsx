import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { Header } from '../components/header';
import { LoginServiceAlert } from '../components/login-service-alert';
import { KeycloakAuthProvider, keycloakProbeUrl, resetAuthForTests } from './auth';
import { changeLanguage } from './i18n';

// keycloak-js would navigate the page; here it only records that the login check started.
const init = vi.fn(async () => false);
vi.mock('keycloak-js', () => ({
  default: class {
    authenticated = false;
    init = init;
    login = vi.fn();
    logout = vi.fn();
  },
}));

let keycloakUp = false;
const fetchMock = vi.fn(async () => (keycloakUp ? new Response('{}') : Promise.reject(new TypeError('Failed to fetch'))));

function renderShell() {
  render(
    <KeycloakAuthProvider>
      <MemoryRouter>
        <Header me={null} />
        <LoginServiceAlert />
      </MemoryRouter>
    </KeycloakAuthProvider>,
  );
}

describe('KeycloakAuthProvider when Keycloak is down', () => {
  beforeEach(() => {
    resetAuthForTests();
    keycloakUp = false;
    init.mockClear();
    fetchMock.mockClear();
    vi.stubGlobal('fetch', fetchMock);
  });
  afterEach(() => vi.unstubAllGlobals());

  it('says the login service cannot be reached, with a retry, instead of sending the page to Keycloak', async () => {
    await changeLanguage('ja');
    renderShell();
    expect(await screen.findByRole('alert')).toHaveTextContent('ログインサービスに接続できません');
    expect(screen.getByRole('button', { name: '再試行' })).toBeEnabled();
    expect(screen.getByRole('button', { name: 'ログイン' })).toBeDisabled();
    expect(fetchMock).toHaveBeenCalledWith(keycloakProbeUrl(), expect.anything());
    expect(init).not.toHaveBeenCalled();
  });

  it('says it in English too', async () => {
    await changeLanguage('en');
    renderShell();
    expect(await screen.findByRole('alert')).toHaveTextContent('Cannot reach the login service');
    expect(screen.getByRole('button', { name: 'Try again' })).toBeEnabled();
    await changeLanguage('ja');
  });

  it('tries again on retry, keeps the message while Keycloak is still down, and proceeds to the login check once it is back', async () => {
    await changeLanguage('ja');
    renderShell();
    await userEvent.click(await screen.findByRole('button', { name: '再試行' }));
    await waitFor(() => expect(fetchMock).toHaveBeenCalledTimes(2));
    expect(await screen.findByRole('alert')).toHaveTextContent('ログインサービスに接続できません');
    expect(init).not.toHaveBeenCalled();

    keycloakUp = true;
    await userEvent.click(screen.getByRole('button', { name: '再試行' }));
    await waitFor(() => expect(init).toHaveBeenCalledTimes(1));
    expect(init).toHaveBeenCalledWith(expect.objectContaining({ onLoad: 'check-sso', pkceMethod: 'S256' }));
    await waitFor(() => expect(screen.getByRole('button', { name: 'ログイン' })).toBeEnabled());
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.queryByRole('button', { name: '再試行' })).toBeNull();
  });
});
