import Keycloak from 'keycloak-js';
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { config } from './config';
import { reachable } from './reachable';

export type AuthState =
  | { status: 'loading' }
  | { status: 'anonymous' }
  | { status: 'authenticated'; username: string }
  /** Keycloak cannot be reached: the SPA says so instead of navigating to a browser error page. */
  | { status: 'unreachable' };

export interface Auth {
  state: AuthState;
  login: () => void;
  logout: () => void;
  /** A fresh access token (renewed when under 30 s from expiry), or undefined when logged out. */
  token: () => Promise<string | undefined>;
  /** Tries Keycloak again after it was unreachable; proceeds with the login check when it answers. */
  retry: () => void;
}

const AuthContext = createContext<Auth | null>(null);

/** Where the SPA checks that Keycloak answers before handing the page to it. */
export const keycloakProbeUrl = () => `${config.keycloakUrl}/realms/${config.realm}/.well-known/openid-configuration`;

/** The initialised adapter, or null when Keycloak could not be reached; one per attempt, shared by the page. */
let session: Promise<Keycloak | null> | undefined;

/**
 * Authorization Code + PKCE (S256) against the public client yokoten-web. check-sso without an iframe
 * navigates the whole page to Keycloak, so Keycloak is probed first: if it is down, that navigation
 * would end on the browser's "site can't be reached" page with no way back.
 */
function start(): Promise<Keycloak | null> {
  session ??= (async () => {
    if (!(await reachable(keycloakProbeUrl()))) return null;
    const kc = new Keycloak({ url: config.keycloakUrl, realm: config.realm, clientId: config.clientId });
    try {
      await kc.init({ onLoad: 'check-sso', pkceMethod: 'S256', checkLoginIframe: false });
    } catch {
      // The code exchange after the redirect failed: because Keycloak went away, or (reachable) a refused code.
      if (!(await reachable(keycloakProbeUrl()))) return null;
    }
    return kc;
  })();
  return session;
}

const stateOf = (kc: Keycloak | null): AuthState =>
  !kc ? { status: 'unreachable' }
    : kc.authenticated ? { status: 'authenticated', username: String(kc.tokenParsed?.preferred_username ?? '') }
      : { status: 'anonymous' };

export function KeycloakAuthProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<AuthState>({ status: 'loading' });

  const begin = useCallback(() => {
    let live = true;
    void start().then((kc) => {
      if (!live) return;
      setState(stateOf(kc));
      if (!kc) return;
      // A session that can no longer be renewed sends the user back to the login page, unless the
      // renewal failed because Keycloak is down: then the user sees why, and a retry.
      kc.onAuthRefreshError = () =>
        void reachable(keycloakProbeUrl()).then((up) => (up ? void kc.login() : setState({ status: 'unreachable' })));
    });
    return () => {
      live = false;
    };
  }, []);

  useEffect(begin, [begin]);

  const auth = useMemo<Auth>(
    () => ({
      state,
      login: () => void start().then((kc) => kc?.login({ locale: document.documentElement.lang })),
      logout: () => void start().then((kc) => kc?.logout({ redirectUri: window.location.origin + '/' })),
      retry: () => {
        session = undefined;
        setState({ status: 'loading' });
        begin();
      },
      token: async () => {
        const kc = await start();
        if (!kc?.authenticated) return undefined;
        try {
          await kc.updateToken(30);
        } catch {
          // Keycloak down but the token still valid: the API accepts it, so keep working.
          if (kc.token && !kc.isTokenExpired()) return kc.token;
          if (await reachable(keycloakProbeUrl())) await kc.login();
          else setState({ status: 'unreachable' });
          return undefined;
        }
        return kc.token;
      },
    }),
    [state, begin],
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

/** For unit tests: forget the page's Keycloak session so the next provider starts afresh. */
export function resetAuthForTests() {
  session = undefined;
}
