import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { unwrap } from './api-client';
import { StaticAuthProvider, type Auth } from './auth';
import { useDownload } from './download';
import * as save from './save-blob';

const auth: Auth = { state: { status: 'authenticated', username: 'committee-member' }, login: vi.fn(), logout: vi.fn(), token: async () => 'tok', retry: vi.fn() };
const wrapper = ({ children }: { children: ReactNode }) => <StaticAuthProvider value={auth}>{children}</StaticAuthProvider>;

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

async function downloadWith(response: Response) {
  vi.stubGlobal('fetch', vi.fn(async () => response));
  const saved = vi.spyOn(save, 'saveBlob').mockImplementation(() => undefined);
  const { result } = renderHook(useDownload, { wrapper });
  let ok = false;
  await act(async () => {
    ok = await result.current.download((api) => unwrap(api.GET('/api/v1/stats/wards', { parseAs: 'blob', headers: { Accept: 'text/csv' } })), 'wards.csv');
  });
  return { ok, saved, error: result.current.error };
}

describe('useDownload', () => {
  it('saves the body under the given name on 200', async () => {
    const { ok, saved, error } = await downloadWith(new Response('\uFEFFward\nkoto\n', { status: 200, headers: { 'Content-Type': 'text/csv' } }));
    expect(ok).toBe(true);
    expect(error).toBeNull();
    expect(saved).toHaveBeenCalledOnce();
    expect(saved.mock.calls[0][1]).toBe('wards.csv');
  });

  it.each([403, 500])('saves nothing and keeps the problem on %i', async (status) => {
    const body = JSON.stringify({ type: 'about:blank', title: 'No', status, detail: `refused with ${status}` });
    const { ok, saved, error } = await downloadWith(new Response(body, { status, headers: { 'Content-Type': 'application/problem+json' } }));
    expect(ok).toBe(false);
    expect(saved).not.toHaveBeenCalled();
    expect(error?.status).toBe(status);
    expect(error?.message).toBe(`refused with ${status}`);
  });
});
