import { createContext, useContext, type ReactNode } from 'react';
import type { ApiError } from './api-client';
import { unwrap } from './api-client';
import { useAuth } from './auth';
import { useQuery } from './use-api';
import type { Me } from '../types/schemas';

export type { Me };

interface MeState {
  me: Me | null;
  error: ApiError | null;
}

const MeContext = createContext<MeState>({ me: null, error: null });

/** Fetches GET /api/v1/me once per sign-in for the whole page; everything else reads it with useMe(). */
export function MeProvider({ children }: { children: ReactNode }) {
  const signedIn = useAuth().state.status === 'authenticated';
  const { data, error } = useQuery((api) => unwrap(api.GET('/api/v1/me')), []);
  return <MeContext.Provider value={{ me: signedIn ? data : null, error }}>{children}</MeContext.Provider>;
}

/** The signed-in user (null while logged out or loading) and the error of loading it. */
export function useMe(): MeState {
  return useContext(MeContext);
}

/** For tests and pages rendered outside the layout: a fixed user. */
export function StaticMeProvider({ me, children }: { me: Me | null; children: ReactNode }) {
  return <MeContext.Provider value={{ me, error: null }}>{children}</MeContext.Provider>;
}
