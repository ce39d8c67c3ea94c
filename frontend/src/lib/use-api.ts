import { useCallback, useEffect, useMemo, useState, type DependencyList } from 'react';
import { ApiError, createApi, type Api } from './api-client';
import { useAuth } from './auth';

/** The typed API client with the signed-in user's token. */
export function useApiClient(): Api {
  const { token } = useAuth();
  return useMemo(() => createApi(token), [token]);
}

export interface Query<D> {
  data: D | null;
  error: ApiError | null;
  loading: boolean;
  /** Fetches again, e.g. after a change the page made. */
  reload: () => void;
}

/**
 * Runs a typed read (a function of a feature's api.ts) once authenticated, again when `deps` change;
 * `load` null means "nothing to load yet" (e.g. the ward is not known).
 */
export function useQuery<D>(load: ((api: Api) => Promise<D>) | null, deps: DependencyList): Query<D> {
  const auth = useAuth();
  const api = useApiClient();
  const [data, setData] = useState<D | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [loading, setLoading] = useState(false);
  const [version, setVersion] = useState(0);
  const enabled = load !== null && auth.state.status === 'authenticated';

  useEffect(() => {
    if (!enabled || !load) return;
    let live = true;
    setLoading(true);
    load(api)
      .then((d) => {
        if (!live) return;
        setData(d);
        setError(null);
      })
      .catch((e: unknown) => live && setError(asApiError(e)))
      .finally(() => live && setLoading(false));
    return () => {
      live = false;
    };
    // `load` is a new closure on every render; what it reads is named in `deps`.
  }, [enabled, api, version, ...deps]);

  const reload = useCallback(() => setVersion((v) => v + 1), []);
  return { data, error, loading, reload };
}

/** Any failure as an ApiError (a programming error shows as a generic problem rather than nothing). */
export function asApiError(e: unknown): ApiError {
  if (e instanceof ApiError) return e;
  return new ApiError({ type: 'about:blank', title: e instanceof Error ? e.message : 'Error', status: -2 });
}

/**
 * Runs a write and keeps its error for the form: `run` resolves to the answer, or to undefined after
 * storing the ApiError (shown with ProblemAlert and bound to fields with fieldError).
 */
export function useMutation() {
  const api = useApiClient();
  const [error, setError] = useState<ApiError | null>(null);
  const run = useCallback(
    async <D,>(call: (api: Api) => Promise<D>): Promise<{ ok: true; data: D } | { ok: false }> => {
      try {
        const data = await call(api);
        setError(null);
        return { ok: true, data };
      } catch (e) {
        setError(asApiError(e));
        return { ok: false };
      }
    },
    [api],
  );
  return { run, error, setError };
}
