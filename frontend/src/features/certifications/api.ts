import { useCallback } from 'react';
import { useAuth } from '../../lib/auth';
import { ApiError } from '../../lib/api-client';
import { useApi, useSend } from '../../lib/use-api';
import { config } from '../../lib/config';
import type { components } from '../../types/api';

export type Certification = components['schemas']['CertificationView'];
export type CertificationRequest = components['schemas']['CertificationRequest'];
type CertificationPage = components['schemas']['PageCertificationView'];
type Ward = components['schemas']['WardView'];

export type RegisterQuery = { ward: string; level: string; validOn: string; page: number };

function query(q: RegisterQuery, withPage: boolean): string {
  const p = new URLSearchParams();
  if (q.ward) p.set('ward', q.ward);
  if (q.level) p.set('level', q.level);
  if (q.validOn) p.set('validOn', q.validOn);
  if (withPage) p.set('page', String(q.page));
  return p.toString();
}

export function useRegister(q: RegisterQuery) {
  return useApi<CertificationPage>(`/certifications?${query(q, true)}`);
}

export function useWards() {
  return useApi<Ward[]>('/wards').data ?? [];
}

export function useRegisterActions() {
  const send = useSend();
  const auth = useAuth();
  return {
    record: useCallback((body: CertificationRequest) => send<Certification>('/certifications', 'POST', body), [send]),
    revoke: useCallback((id: string, reason: string) => send<Certification>(`/certifications/${id}/revoke`, 'POST', { reason }), [send]),
    /** The filtered register as CSV (UTF-8 with BOM), for Excel. */
    csv: useCallback(async (q: RegisterQuery): Promise<Blob> => {
      const token = await auth.token();
      const response = await fetch(`${config.apiBase}/certifications?${query(q, false)}`, {
        headers: { Accept: 'text/csv', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
      });
      if (!response.ok) throw new ApiError({ type: 'about:blank', title: response.statusText || 'Error', status: response.status });
      return response.blob();
    }, [auth]),
  };
}
