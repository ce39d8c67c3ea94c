import Keycloak from 'keycloak-js';
import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { config } from './config';

export type AuthState =
  | { status: 'loading' }
  | { status: 'anonymous' }
  | { status: 'authenticated'; username: string };

export interface Auth {
  state: AuthState;
  login: () => void;
  logout: () => void;
  /** A fresh access token (renewed when under 30 s from expiry), or undefined when logged out. */
  token: () => Promise<string | undefined>;
}

const AuthContext = createContext<Auth | null>(null);

let keycloak: Keycloak | undefined;
let initialised: Promise<boolean> | undefined;

/** One Keycloak adapter per page: Authorization Code + PKCE (S256) against the public client yokoten-web. */
function adapter(): { kc: Keycloak; ready: Promise<boolean> } {
  if (!keycloak) {
    keycloak = new Keycloak({ url: config.keycloakUrl, realm: config.realm, clientId: config.clientId });
    initialised = keycloak.init({ onLoad: 'check-sso', pkceMethod: 'S256', checkLoginIframe: false });
  }
  return { kc: keycloak, ready: initialised! };
}

export function KeycloakAuthProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<AuthState>({ status: 'loading' });

  useEffect(() => {
    const { kc, ready } = adapter();
    ready
      .then((ok) =>
        setState(ok ? { status: 'authenticated', username: String(kc.tokenParsed?.preferred_username ?? '') } : { status: 'anonymous' }),
      )
      .catch(() => setState({ status: 'anonymous' }));
    // A session that can no longer be renewed sends the user back to the login page.
    kc.onAuthRefreshError = () => void kc.login();
  }, []);

  const auth = useMemo<Auth>(
    () => ({
      state,
      login: () => void adapter().kc.login({ locale: document.documentElement.lang }),
      logout: () => void adapter().kc.logout({ redirectUri: window.location.origin + '/' }),
      token: async () => {
        const { kc, ready } = adapter();
        if (!(await ready) || !kc.authenticated) return undefined;
        try {
          await kc.updateToken(30);
        } catch {
          await kc.login();
          return undefined;
        }
        return kc.token;
      },
    }),
    [state],
  );
  return <AuthContext.Provider value={auth}>{children}</AuthContext.Provider>;
}

/** Lets tests and stories provide a fixed authentication state without a Keycloak server. */
export function StaticAuthProvider({ value, children }: { value: Auth; children: ReactNode }) {
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): Auth {
  const auth = useContext(AuthContext);
  if (!auth) throw new Error('useAuth outside an auth provider');
  return auth;
}
