/**
 * The SPA's settings, the one place it reads them. The compiled Vite env (VITE_*) gives the defaults, which match
 * the local stack (dev server, Vitest); `/config.json`, read once by `loadConfig()` before Keycloak starts, replaces
 * them per environment without a rebuild (deploy/run.sh, the nginx image, a Kubernetes ConfigMap).
 */
export interface SpaConfig {
  keycloakUrl: string;
  realm: string;
  clientId: string;
  /** Where the API answers; empty = the SPA's own origin (the contract's paths carry /api/v1). */
  apiOrigin: string;
}

export const builtInConfig: Readonly<SpaConfig> = Object.freeze({
  keycloakUrl: import.meta.env.VITE_KEYCLOAK_URL ?? 'http://localhost:8180',
  realm: import.meta.env.VITE_KEYCLOAK_REALM ?? 'yokoten',
  clientId: import.meta.env.VITE_KEYCLOAK_CLIENT ?? 'yokoten-web',
  apiOrigin: import.meta.env.VITE_API_ORIGIN ?? '',
});

/** The settings in force: the built-in ones until `loadConfig()` applies /config.json. Read at use, never copied. */
export const config: SpaConfig = { ...builtInConfig };

const FIELDS = ['keycloakUrl', 'realm', 'clientId', 'apiOrigin'] as const;

const fallBack = (why: string) => console.warn(`/config.json ${why}: the SPA uses its built-in settings`);

/**
 * Applies /config.json over the built-in settings. Every field is optional; a missing, unreadable, malformed or
 * slow (over `timeoutMs`) file (or field) keeps the built-in value with a console warning: the page must come up
 * either way, and a web server that accepts the request but never answers must not leave it blank.
 */
export async function loadConfig(timeoutMs = 5000): Promise<SpaConfig> {
  Object.assign(config, builtInConfig);
  let body: unknown;
  try {
    // no-store: a changed ConfigMap or run.sh port applies on the next page load, whatever a cache kept.
    const res = await fetch('/config.json', { cache: 'no-store', headers: { Accept: 'application/json' }, signal: AbortSignal.timeout(timeoutMs) });
    if (!res.ok) {
      fallBack(`answered ${res.status}`);
      return config;
    }
    body = await res.json();
  } catch (e) {
    fallBack(`could not be read (${e instanceof Error ? e.message : String(e)})`);
    return config;
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    fallBack('is not a JSON object');
    return config;
  }
  const given: Record<string, unknown> = Object.fromEntries(Object.entries(body));
  for (const field of FIELDS) {
    const value = given[field];
    if (value === undefined) continue;
    if (!valid(field, value)) {
      console.warn(`/config.json: ${field} ${JSON.stringify(value)} is not valid; keeping ${JSON.stringify(builtInConfig[field])}`);
      continue;
    }
    config[field] = value.replace(/\/+$/, '');
  }
  return config;
}

/** URLs must be http(s) (apiOrigin may be empty: the SPA's own origin); names must not be blank. */
function valid(field: (typeof FIELDS)[number], value: unknown): value is string {
  if (typeof value !== 'string') return false;
  if (field === 'realm' || field === 'clientId') return value.trim() !== '';
  if (field === 'apiOrigin' && value === '') return true;
  try {
    return ['http:', 'https:'].includes(new URL(value).protocol);
  } catch {
    return false;
  }
}
