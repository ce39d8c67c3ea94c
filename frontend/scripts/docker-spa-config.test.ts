import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { nginxAddHeaders, securityHeaders } from '../security-headers.mjs';

/** The nginx image at start: its html folder, the includes the Dockerfile generates, and the start script. */
describe('the nginx image names its Keycloak at container start (scripts/docker-spa-config.sh)', () => {
  let root: string;
  let html: string;
  let snippets: string;
  const baked = nginxAddHeaders(securityHeaders('http://localhost:8180'));

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'spa-image-'));
    html = join(root, 'html');
    snippets = join(root, 'snippets');
    mkdirSync(html);
    mkdirSync(snippets);
    // As the Dockerfile does: the include of the compiled Keycloak, and the template with the placeholder origin.
    writeFileSync(join(snippets, 'yokoten-security-headers.conf'), baked);
    writeFileSync(join(snippets, 'yokoten-security-headers.conf.template'), execFileSync(process.execPath,
      ['scripts/nginx-security-headers.mjs'], { env: { ...process.env, VITE_KEYCLOAK_URL: 'https://keycloak-origin.invalid' } }));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  const start = (env: Record<string, string> = {}) => spawnSync('sh', ['scripts/docker-spa-config.sh'], {
    env: { PATH: process.env.PATH, YOKOTEN_SPA_HTML_DIR: html, YOKOTEN_SPA_SNIPPETS_DIR: snippets, ...env }, encoding: 'utf8',
  });
  const include = () => readFileSync(join(snippets, 'yokoten-security-headers.conf'), 'utf8');
  /** The include's add_header lines (the generated file starts with a comment). */
  const headerLines = () => include().split('\n').filter((l) => !l.startsWith('#')).join('\n');
  const served = () => JSON.parse(readFileSync(join(html, 'config.json'), 'utf8'));

  it('uses a mounted config.json as it is (a Kubernetes ConfigMap) and allows its Keycloak in the CSP', () => {
    const mounted = JSON.stringify({ keycloakUrl: 'https://id.example.jp/auth', realm: 'tokyo' }, null, 2);
    writeFileSync(join(html, 'config.json'), mounted);
    expect(start({ YOKOTEN_SPA_KEYCLOAK_URL: 'http://ignored.example' }).status).toBe(0);
    expect(readFileSync(join(html, 'config.json'), 'utf8')).toBe(mounted);
    expect(headerLines()).toBe(nginxAddHeaders(securityHeaders('https://id.example.jp/auth')));
  });

  it('writes config.json from the environment when none is mounted (docker compose)', () => {
    const r = start({ YOKOTEN_SPA_KEYCLOAK_URL: 'http://localhost:8190', YOKOTEN_SPA_REALM: 'yokoten' });
    expect(r.status, r.stderr).toBe(0);
    expect(served()).toEqual({ keycloakUrl: 'http://localhost:8190', realm: 'yokoten' });
    expect(headerLines()).toBe(nginxAddHeaders(securityHeaders('http://localhost:8190')));
  });

  it('writes no config.json and keeps the compiled Keycloak without settings', () => {
    expect(start().status).toBe(0);
    expect(existsSync(join(html, 'config.json'))).toBe(false);
    expect(include()).toBe(baked);
    writeFileSync(join(html, 'config.json'), '{"realm": "tokyo"}');
    expect(start().status).toBe(0);
    expect(include()).toBe(baked);
  });

  it.each(['javascript:alert(1)', 'https://id.example.jp; script-src *', 'https://id.example.jp"'])(
    'refuses to start with a Keycloak URL that is no http(s) URL: %s', (url) => {
      const r = start({ YOKOTEN_SPA_KEYCLOAK_URL: url });
      expect(r.status).not.toBe(0);
      expect(include()).toBe(baked);
    });
});
