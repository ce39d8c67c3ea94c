import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { UserConfig } from 'vite';
import { nginxAddHeaders, securityHeaders } from './security-headers.mjs';

/** CSP directive name → its sources. */
function directives(csp: string): Record<string, string[]> {
  return Object.fromEntries(csp.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...sources]) => [name, sources]));
}

/** `add_header Name "value" always;` lines back to a header map. */
function parseNginx(text: string): Record<string, string> {
  const lines = text.split('\n').filter((l) => l.startsWith('add_header'));
  return Object.fromEntries(lines.map((l) => {
    const m = /^add_header (\S+) "([^"]*)" always;$/.exec(l);
    if (!m) throw new Error(`unexpected nginx line: ${l}`);
    return [m[1], m[2]];
  }));
}

describe('the SPA security headers', () => {
  it('allow scripts only from the SPA itself, and Keycloak only where keycloak-js needs it', () => {
    const csp = directives(securityHeaders('https://id.example.jp/auth')['Content-Security-Policy']);
    expect(csp['script-src']).toEqual(["'self'"]);
    expect(csp['default-src']).toEqual(["'self'"]);
    expect(csp['connect-src']).toEqual(["'self'", 'https://id.example.jp']);
    expect(csp['frame-src']).toEqual(["'self'", 'https://id.example.jp']);
    expect(csp['frame-ancestors']).toEqual(["'none'"]);
    expect(csp['object-src']).toEqual(["'none'"]);
    expect(csp['base-uri']).toEqual(["'self'"]);
    const all = Object.values(csp).flat();
    expect(all).not.toContain("'unsafe-inline'");
    expect(all).not.toContain("'unsafe-eval'");
    expect(all.filter((s) => s.includes('://'))).toEqual(['https://id.example.jp', 'https://id.example.jp']);
  });

  it('default to the local Keycloak, the same default the SPA compiles in', () => {
    expect(directives(securityHeaders(undefined)['Content-Security-Policy'])['connect-src']).toEqual(["'self'", 'http://localhost:8180']);
  });

  it('send same-origin referrers, nosniff and a Permissions-Policy that turns features off', () => {
    const h = securityHeaders(undefined);
    expect(h['Referrer-Policy']).toBe('same-origin');
    expect(h['X-Content-Type-Options']).toBe('nosniff');
    const features = h['Permissions-Policy'].split(', ');
    expect(features).toEqual(expect.arrayContaining(['camera=()', 'microphone=()', 'geolocation=()', 'payment=()']));
    expect(features.every((f) => f.endsWith('=()'))).toBe(true);
  });

  it('are what vite preview sends, for the Keycloak URL of the build', async () => {
    const saved = process.env.VITE_KEYCLOAK_URL;
    process.env.VITE_KEYCLOAK_URL = 'https://id.example.jp';
    try {
      const { default: factory } = await import('./vite.config');
      const config = (factory as (env: { mode: string; command: 'serve' }) => UserConfig)({ mode: 'production', command: 'serve' });
      expect(config.preview?.headers).toEqual(securityHeaders('https://id.example.jp'));
    } finally {
      if (saved === undefined) delete process.env.VITE_KEYCLOAK_URL;
      else process.env.VITE_KEYCLOAK_URL = saved;
    }
  });

  it('follow the Keycloak of the run-time /config.json that vite preview serves (deploy/run.sh)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'spa-config-'));
    const saved = { file: process.env.YOKOTEN_SPA_CONFIG, url: process.env.VITE_KEYCLOAK_URL };
    writeFileSync(join(dir, 'config.json'), JSON.stringify({ keycloakUrl: 'http://localhost:8190', realm: 'yokoten' }));
    process.env.YOKOTEN_SPA_CONFIG = join(dir, 'config.json');
    process.env.VITE_KEYCLOAK_URL = 'https://id.example.jp';
    try {
      const { default: factory } = await import('./vite.config');
      const config = (factory as (env: { mode: string; command: 'serve' }) => UserConfig)({ mode: 'production', command: 'serve' });
      expect(config.preview?.headers).toEqual(securityHeaders('http://localhost:8190'));
      writeFileSync(join(dir, 'config.json'), '{ not json');
      const fallback = (factory as (env: { mode: string; command: 'serve' }) => UserConfig)({ mode: 'production', command: 'serve' });
      expect(fallback.preview?.headers).toEqual(securityHeaders('https://id.example.jp'));
    } finally {
      for (const [name, value] of [['YOKOTEN_SPA_CONFIG', saved.file], ['VITE_KEYCLOAK_URL', saved.url]] as const) {
        if (value === undefined) delete process.env[name];
        else process.env[name] = value;
      }
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('are what the nginx image sends: the generated include holds the same set', () => {
    const include = execFileSync(process.execPath, ['scripts/nginx-security-headers.mjs'], {
      env: { ...process.env, VITE_KEYCLOAK_URL: 'https://id.example.jp' },
    }).toString();
    expect(parseNginx(include)).toEqual(securityHeaders('https://id.example.jp'));
    expect(parseNginx(nginxAddHeaders(securityHeaders(undefined)))).toEqual(securityHeaders(undefined));
  });

  it('are included by the nginx site for the SPA, where the Dockerfile puts them, and not on the API', () => {
    const site = readFileSync('nginx.conf', 'utf8');
    const dockerfile = readFileSync('Dockerfile', 'utf8');
    const spa = site.slice(site.indexOf('location / {'));
    const api = site.slice(site.indexOf('location /api/ {'), site.indexOf('location / {'));
    expect(spa).toContain('include /etc/nginx/snippets/yokoten-security-headers.conf;');
    expect(api).not.toContain('include');
    expect(api).not.toContain('add_header');
    expect(dockerfile).toContain('node scripts/nginx-security-headers.mjs > /src/yokoten-security-headers.conf');
    expect(dockerfile).toContain('COPY --from=build /src/yokoten-security-headers.conf /etc/nginx/snippets/yokoten-security-headers.conf');
  });
});
