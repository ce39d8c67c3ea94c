import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { mergePatch, unwrapTagged } from './api-client';
import { StaticAuthProvider, type Auth } from './auth';
import { useEditable } from './use-editable';
import type { StoryDetail, StoryFields } from '../types/schemas';

const auth: Auth = { state: { status: 'authenticated', username: 'koto-publisher' }, login: vi.fn(), logout: vi.fn(), token: async () => 'tok', retry: vi.fn() };
const wrapper = ({ children }: { children: ReactNode }) => <StaticAuthProvider value={auth}>{children}</StaticAuthProvider>;
const EMPTY = { title: '', titleEn: '' };
type Form = typeof EMPTY;
const toForm = (s: StoryDetail): Form => ({ title: s.title ?? '', titleEn: s.titleEn ?? '' });
const fields = (f: Form): StoryFields => ({ title: f.title, body: 'b', titleEn: f.titleEn || undefined });

const requests: Request[] = [];
function serve(answers: Record<string, () => Response>) {
  vi.stubGlobal('fetch', vi.fn(async (request: Request) => {
    requests.push(request);
    return answers[`${request.method} ${new URL(request.url).pathname}`]();
  }));
}
const json = (body: unknown, status = 200, etag?: string) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': status < 300 ? 'application/json' : 'application/problem+json', ...(etag ? { ETag: etag } : {}) } });

function useStory() {
  return useEditable<StoryDetail, Form>('stories/s1', {
    empty: EMPTY, toForm, load: (api) => unwrapTagged(api.GET('/api/v1/stories/{id}', { params: { path: { id: 's1' } } })),
  });
}

beforeEach(() => {
  sessionStorage.clear();
  requests.length = 0;
});
afterEach(() => vi.unstubAllGlobals());

describe('useEditable', () => {
  it('fills the form from the resource and patches with its ETag, an emptied field sent as null', async () => {
    serve({
      'GET /api/v1/stories/s1': () => json({ id: 's1', title: '避難所', titleEn: 'Shelters' }, 200, '"7"'),
      'PATCH /api/v1/stories/s1': () => json({ id: 's1', title: '避難所の集計' }, 200, '"8"'),
    });
    const { result } = renderHook(useStory, { wrapper });
    await waitFor(() => expect(result.current.form).toEqual({ title: '避難所', titleEn: 'Shelters' }));
    act(() => result.current.set('title')({ target: { value: '避難所の集計' } }));
    act(() => result.current.set('titleEn')({ target: { value: '' } }));
    let saved: StoryDetail | null = null;
    await act(async () => {
      saved = await result.current.save((api, etag) =>
        unwrapTagged(api.PATCH('/api/v1/stories/{id}', { ...mergePatch(fields(result.current.form), etag), params: { path: { id: 's1' }, header: { 'If-Match': etag } } })));
    });
    expect(saved).toEqual({ id: 's1', title: '避難所の集計' });
    const patch = requests[1];
    expect(patch.headers.get('If-Match')).toBe('"7"');
    expect(JSON.parse(await patch.text())).toEqual({ title: '避難所の集計', body: 'b', titleEn: null });
    expect(sessionStorage.getItem('yokoten.draft.stories/s1')).toBeNull();
  });

  it('keeps what a submit answered when the page load it overtook arrives later', async () => {
    let answerLoad: (r: Response) => void = () => {};
    vi.stubGlobal('fetch', vi.fn(async (request: Request) => {
      requests.push(request);
      if (request.method === 'GET') return new Promise<Response>((resolve) => { answerLoad = resolve; });
      return json({ id: 's1', title: '避難所', status: 'in_review' }, 200);
    }));
    const { result } = renderHook(useStory, { wrapper });
    await waitFor(() => expect(requests).toHaveLength(1));
    await act(async () => {
      await result.current.save((api) => unwrapTagged(api.POST('/api/v1/stories/{id}/submit', { params: { path: { id: 's1' } } })));
    });
    await act(async () => answerLoad(json({ id: 's1', title: '避難所', status: 'draft' }, 200, '"0"')));
    expect(result.current.resource).toEqual({ id: 's1', title: '避難所', status: 'in_review' });
  });

  it('still takes the page load when the call that overtook it failed', async () => {
    let answerLoad: (r: Response) => void = () => {};
    vi.stubGlobal('fetch', vi.fn(async (request: Request) => {
      requests.push(request);
      if (request.method === 'GET') return new Promise<Response>((resolve) => { answerLoad = resolve; });
      return json({ type: 'about:blank', title: 'Precondition Required', status: 428 }, 428);
    }));
    const { result } = renderHook(useStory, { wrapper });
    await waitFor(() => expect(requests).toHaveLength(1));
    await act(async () => {
      await result.current.save((api) => unwrapTagged(api.POST('/api/v1/stories/{id}/submit', { params: { path: { id: 's1' } } })));
    });
    expect(result.current.error?.status).toBe(428);
    await act(async () => answerLoad(json({ id: 's1', title: '避難所', status: 'draft' }, 200, '"0"')));
    expect(result.current.resource).toEqual({ id: 's1', title: '避難所', status: 'draft' });
  });

  it('keeps what was typed across a reload of the page, over the loaded resource', async () => {
    serve({ 'GET /api/v1/stories/s1': () => json({ id: 's1', title: '避難所' }, 200, '"7"') });
    const first = renderHook(useStory, { wrapper });
    await waitFor(() => expect(first.result.current.form.title).toBe('避難所'));
    act(() => first.result.current.set('title')({ target: { value: '書きかけ' } }));
    first.unmount();
    const again = renderHook(useStory, { wrapper });
    await waitFor(() => expect(again.result.current.resource).not.toBeNull());
    expect(again.result.current.form.title).toBe('書きかけ');
  });

  it('keeps the draft and reports the problem when the ETag is stale', async () => {
    serve({
      'GET /api/v1/stories/s1': () => json({ id: 's1', title: '避難所' }, 200, '"7"'),
      'PATCH /api/v1/stories/s1': () => json({ type: 'about:blank', title: 'Precondition Failed', status: 412, detail: 'edited meanwhile' }, 412),
    });
    const { result } = renderHook(useStory, { wrapper });
    await waitFor(() => expect(result.current.resource).not.toBeNull());
    act(() => result.current.set('title')({ target: { value: '私の変更' } }));
    await act(async () => {
      await result.current.save((api, etag) =>
        unwrapTagged(api.PATCH('/api/v1/stories/{id}', { ...mergePatch(fields(result.current.form), etag), params: { path: { id: 's1' }, header: { 'If-Match': etag } } })));
    });
    expect(result.current.error?.status).toBe(412);
    expect(result.current.error?.message).toBe('edited meanwhile');
    expect(JSON.parse(sessionStorage.getItem('yokoten.draft.stories/s1') ?? '{}').title).toBe('私の変更');
  });
});
