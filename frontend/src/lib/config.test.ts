import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { builtInConfig, config, loadConfig } from './config';
import { keycloakProbeUrl } from './auth';

const answer = (body: string, status = 200) =>
  vi.fn(async () => new Response(body, { status, headers: { 'Content-Type': 'application/json' } }));

describe('the run-time settings (/config.json)', () => {
  let warn: ReturnType<typeof vi.spyOn>;
  beforeEach(() => {
    warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    warn.mockRestore();
    Object.assign(config, builtInConfig);
  });

  it('replace the built-in settings, read fresh from the SPA origin, before Keycloak is asked', async () => {
    const fetch = answer(JSON.stringify({ keycloakUrl: 'https://id.example.jp/auth/', realm: 'tokyo', clientId: 'portal',
      apiOrigin: 'https://api.example.jp' }));
    vi.stubGlobal('fetch', fetch);
    await loadConfig();
    expect(fetch).toHaveBeenCalledWith('/config.json', expect.objectContaining({ cache: 'no-store' }));
    expect(config).toEqual({ keycloakUrl: 'https://id.example.jp/auth', realm: 'tokyo', clientId: 'portal', apiOrigin: 'https://api.example.jp' });
    expect(keycloakProbeUrl()).toBe('https://id.example.jp/auth/realms/tokyo/.well-known/openid-configuration');
    expect(warn).not.toHaveBeenCalled();
  });

  it('keep the built-in value of every field the file leaves out', async () => {
    vi.stubGlobal('fetch', answer(JSON.stringify({ keycloakUrl: 'http://localhost:8190' })));
    await loadConfig();
    expect(config).toEqual({ ...builtInConfig, keycloakUrl: 'http://localhost:8190' });
    expect(builtInConfig.keycloakUrl).toBe('http://localhost:8180');
    expect(warn).not.toHaveBeenCalled();
  });

  it('fall back to the built-in settings with a warning when the file is absent', async () => {
    vi.stubGlobal('fetch', answer('', 404));
    await loadConfig();
    expect(config).toEqual(builtInConfig);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('answered 404'));
  });

  it('fall back with a warning when the server accepts the request but never answers', async () => {
    // A fetch that only ends when its signal aborts, as a hung web server or proxy would behave.
    vi.stubGlobal('fetch', vi.fn((_url: string, init: RequestInit) => new Promise((_resolve, reject) => {
      init.signal?.addEventListener('abort', () => reject(init.signal?.reason));
    })));
    expect(await loadConfig(50)).toEqual(builtInConfig);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('could not be read'));
  });

  it('fall back with a warning when the server cannot be reached', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => { throw new TypeError('Failed to fetch'); }));
    await loadConfig();
    expect(config).toEqual(builtInConfig);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('Failed to fetch'));
  });

  it.each([
    ['not JSON (a server answering its HTML shell instead)', '<!doctype html><html></html>'],
    ['a JSON array', '["http://localhost:8190"]'],
    ['JSON null', 'null'],
  ])('fall back with a warning when the file is %s', async (_, body) => {
    vi.stubGlobal('fetch', answer(body));
    await loadConfig();
    expect(config).toEqual(builtInConfig);
    expect(warn).toHaveBeenCalledTimes(1);
  });

  it('ignore, with a warning, a field of the wrong kind and apply the others', async () => {
    vi.stubGlobal('fetch', answer(JSON.stringify({ keycloakUrl: 'javascript:alert(1)', realm: 42, clientId: ' ', apiOrigin: '' })));
    await loadConfig();
    expect(config).toEqual({ ...builtInConfig, apiOrigin: '' });
    expect(warn).toHaveBeenCalledTimes(3);
    vi.stubGlobal('fetch', answer(JSON.stringify({ realm: 'tokyo' })));
    await loadConfig();
    expect(config).toEqual({ ...builtInConfig, realm: 'tokyo' });
  });
});
