import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, createApi, mergePatch, problemOf, unwrap, unwrapTagged } from './api-client';
import type { StoryFields } from '../types/schemas';

const api = createApi(async () => 'tok');

function respond(status: number, body: unknown, type = 'application/problem+json', headers: Record<string, string> = {}) {
  vi.stubGlobal('fetch', vi.fn(async () => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': type, ...headers } })));
}
const sent = () => vi.mocked(fetch).mock.calls[0][0] as Request;

afterEach(() => vi.unstubAllGlobals());

describe('the typed client', () => {
  it('sends the bearer token to the contract path and returns the JSON body', async () => {
    respond(200, { username: 'koto-staff' }, 'application/json');
    await expect(unwrap(api.GET('/api/v1/me'))).resolves.toEqual({ username: 'koto-staff' });
    expect(new URL(sent().url).pathname).toBe('/api/v1/me');
    expect(sent().headers.get('Authorization')).toBe('Bearer tok');
    expect(sent().headers.get('Accept')).toBe('application/json');
  });

  it('sends no Authorization header when logged out', async () => {
    respond(200, [], 'application/json');
    await unwrap(createApi(async () => undefined).GET('/api/v1/wards'));
    expect(sent().headers.has('Authorization')).toBe(false);
  });

  it('fills path and query parameters and hands on the ETag', async () => {
    respond(200, { id: 'a b', title: '学童' }, 'application/json', { ETag: '"3"' });
    const answer = await unwrapTagged(api.GET('/api/v1/templates/{id}', { params: { path: { id: 'a b' } } }));
    expect(answer).toEqual({ data: { id: 'a b', title: '学童' }, etag: '"3"' });
    expect(new URL(sent().url).pathname).toBe('/api/v1/templates/a%20b');
  });

  it('turns a problem+json answer into an ApiError with field messages', async () => {
    respond(400, { type: 't', title: 'Invalid input', status: 400, detail: 'bad', errors: [{ field: 'title', message: 'must not be blank' }] });
    const error = await unwrap(api.POST('/api/v1/templates', { body: { title: '', platform: 'kintone', category: 'x', personalData: 'none' } }))
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(400);
    expect((error as ApiError).message).toBe('bad');
    expect((error as ApiError).fieldError('title')).toBe('must not be blank');
  });

  it('reports a non-JSON failure by its status', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response('<html>bad gateway</html>', { status: 502, statusText: 'Bad Gateway' })));
    const error = (await unwrap(api.GET('/api/v1/me')).catch((e: unknown) => e)) as ApiError;
    expect(error.status).toBe(502);
    expect(error.problem.title).toBe('Bad Gateway');
    expect(error.problem.detail).toBeUndefined();
  });

  it('reports an unreachable server as status 0', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new TypeError('offline'))));
    const error = (await unwrap(api.GET('/api/v1/me')).catch((e: unknown) => e)) as ApiError;
    expect(error.status).toBe(0);
  });

  it('reads a CSV as a blob only on 2xx; a refused CSV rejects with the problem', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response('\uFEFFtitle\n学童\n', { status: 200, headers: { 'Content-Type': 'text/csv' } })));
    const csv = await unwrap(api.GET('/api/v1/stats/wards', { parseAs: 'blob', headers: { Accept: 'text/csv' } }));
    expect([...new Uint8Array(await new Response(csv).arrayBuffer()).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(sent().headers.get('Accept')).toBe('text/csv');
    respond(403, { type: 'about:blank', title: 'Forbidden', status: 403, detail: 'award committee only' });
    const error = (await unwrap(api.GET('/api/v1/stats/wards', { parseAs: 'blob' })).catch((e: unknown) => e)) as ApiError;
    expect(error.status).toBe(403);
    expect(error.message).toBe('award committee only');
  });

  it('sends a merge patch with If-Match, emptied fields as null and untouched ones absent', async () => {
    respond(200, { id: 's1' }, 'application/json', { ETag: '"4"' });
    await unwrapTagged(api.PATCH('/api/v1/stories/{id}', {
      ...mergePatch<StoryFields>({ title: '新', body: '本文', titleEn: undefined }, '"3"'),
      params: { path: { id: 's1' }, header: { 'If-Match': '"3"' } },
    }));
    expect(sent().headers.get('Content-Type')).toBe('application/merge-patch+json');
    expect(sent().headers.get('If-Match')).toBe('"3"');
    expect(JSON.parse(await sent().text())).toEqual({ title: '新', body: '本文', titleEn: null });
  });
});

describe('problemOf', () => {
  it('keeps the status on the wire whatever the body claims, and drops fields of the wrong type', () => {
    expect(problemOf(409, 'Conflict', { status: 200, title: 'Edited meanwhile', detail: 42, errors: 'x' }))
      .toEqual({ type: 'about:blank', title: 'Edited meanwhile', status: 409, detail: undefined, errors: undefined, findings: undefined });
  });

  it('keeps field errors with a message, naming no field as the empty one', () => {
    expect(problemOf(400, 'Bad Request', { errors: [{ field: 'title', message: 'required' }, { message: 'too many' }, { field: 'x' }, 'y'] }).errors)
      .toEqual([{ field: 'title', message: 'required' }, { field: '', message: 'too many' }]);
  });
});
