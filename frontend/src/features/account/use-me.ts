import { useEffect, useState } from 'react';
import { apiFetch, ApiError } from '../../lib/api-client';
import { useAuth } from '../../lib/auth';
import type { components } from '../../types/api';

export type Me = components['schemas']['Me'];

/** The signed-in user from GET /api/v1/me; null while logged out. */
export function useMe(): { me: Me | null; error: ApiError | null } {
  const auth = useAuth();
  const [me, setMe] = useState<Me | null>(null);
  const [error, setError] = useState<ApiError | null>(null);

  useEffect(() => {
    if (auth.state.status !== 'authenticated') {
      setMe(null);
      return;
    }
    let live = true;
    apiFetch<Me>('/me', auth.token)
      .then((m) => live && setMe(m))
      .catch((e: unknown) => live && setError(e instanceof ApiError ? e : null));
    return () => {
      live = false;
    };
  }, [auth]);

  return { me, error };
}
