import { useCallback, useEffect, useState } from 'react';
import { ApiError, apiFetch } from './api-client';
import { useAuth } from './auth';

/** Loads a GET resource when authenticated; `reload` fetches again after a change. */
export function useApi<T>(path: string | null): { data: T | null; error: ApiError | null; loading: boolean; reload: () => void } {
  const auth = useAuth();
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [loading, setLoading] = useState(false);
  const [version, setVersion] = useState(0);

  useEffect(() => {
    if (!path || auth.state.status !== 'authenticated') return;
    let live = true;
    setLoading(true);
    apiFetch<T>(path, auth.token)
      .then((d) => {
        if (!live) return;
        setData(d);
        setError(null);
      })
      .catch((e: unknown) => live && setError(e instanceof ApiError ? e : null))
      .finally(() => live && setLoading(false));
    return () => {
      live = false;
    };
  }, [path, auth, version]);

  const reload = useCallback(() => setVersion((v) => v + 1), []);
  return { data, error, loading, reload };
}

/** Sends a JSON body; returns the parsed answer or throws ApiError. */
export function useSend() {
  const auth = useAuth();
  return useCallback(
    <T,>(path: string, method: string, body?: unknown, headers: Record<string, string> = {}) =>
      apiFetch<T>(path, auth.token, {
        method,
        headers: body === undefined ? headers : { 'Content-Type': 'application/json', ...headers },
        body: body === undefined ? undefined : JSON.stringify(body),
      }),
    [auth],
  );
}
