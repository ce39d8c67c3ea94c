import { describe, expect, it, vi } from 'vitest';
import { reachable } from './reachable';

describe('reachable', () => {
  it('is true when the server answers, whatever the answer, without needing CORS', async () => {
    const fetchImpl = vi.fn(async () => new Response(null, { status: 404 }));
    expect(await reachable('http://kc.example/realms/x', 5000, fetchImpl)).toBe(true);
    expect(fetchImpl).toHaveBeenCalledWith('http://kc.example/realms/x', expect.objectContaining({ mode: 'no-cors' }));
  });

  it('is false when the connection fails', async () => {
    const fetchImpl = vi.fn(async () => Promise.reject(new TypeError('Failed to fetch')));
    expect(await reachable('http://kc.example/', 5000, fetchImpl)).toBe(false);
  });

  it('is false when the server does not answer before the timeout', async () => {
    const hanging = (_url: RequestInfo | URL, init?: RequestInit) =>
      new Promise<Response>((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))));
    expect(await reachable('http://kc.example/', 1, hanging as typeof fetch)).toBe(false);
  });
});
