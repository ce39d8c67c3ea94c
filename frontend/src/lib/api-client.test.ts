import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, apiFetch } from './api-client';

const token = async () => 'tok';

function respond(status: number, body: unknown, type = 'application/problem+json') {
  vi.stubGlobal('fetch', vi.fn(async () => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': type } })));
}

afterEach(() => vi.unstubAllGlobals());

describe('apiFetch', () => {
  it('sends the bearer token and returns the JSON body', async () => {
    respond(200, { username: 'koto-staff' }, 'application/json');
    await expect(apiFetch('/me', token)).resolves.toEqual({ username: 'koto-staff' });
    const [url, init] = vi.mocked(fetch).mock.calls[0];
    expect(url).toBe('/api/v1/me');
    expect(new Headers(init?.headers).get('Authorization')).toBe('Bearer tok');
  });

  it('turns a problem+json answer into an ApiError with field messages', async () => {
    respond(400, { type: 't', title: 'Invalid input', status: 400, detail: 'bad', errors: [{ field: 'title', message: 'must not be blank' }] });
    const error = await apiFetch('/templates', token).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(400);
    expect((error as ApiError).message).toBe('bad');
    expect((error as ApiError).fieldError('title')).toBe('must not be blank');
  });

  it('reports a non-JSON failure by its status', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response('<html>bad gateway</html>', { status: 502, statusText: 'Bad Gateway' })));
    const error = (await apiFetch('/me', token).catch((e: unknown) => e)) as ApiError;
    expect(error.status).toBe(502);
    expect(error.problem.title).toBe('Bad Gateway');
  });

  it('reports an unreachable server as status 0', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new TypeError('offline'))));
    const error = (await apiFetch('/me', token).catch((e: unknown) => e)) as ApiError;
    expect(error.status).toBe(0);
  });
});
