import { unwrap, type Api } from '../../lib/api-client';
import { member } from '../../lib/one-of';
import type { components } from '../../types/api';

export type Certification = components['schemas']['CertificationView'];
export type CertificationRequest = components['schemas']['CertificationRequest'];

export const LEVELS = ['basic', 'advanced'] as const;

export type RegisterQuery = { ward: string; level: string; validOn: string; page: number };

/** The filters that are set (an empty one filters nothing). */
function filters(q: RegisterQuery) {
  return { ward: q.ward || undefined, level: member(LEVELS, q.level), validOn: q.validOn || undefined };
}

/** The certification register; the CSV variant resolves only on 2xx (see lib/download). */
export const certificationsApi = {
  register: (api: Api, q: RegisterQuery) =>
    unwrap(api.GET('/api/v1/certifications', { params: { query: { ...filters(q), page: q.page } } })),
  /** The filtered register as CSV (UTF-8 with BOM), for Excel. */
  csv: (api: Api, q: RegisterQuery) =>
    unwrap(api.GET('/api/v1/certifications', { params: { query: filters(q) }, parseAs: 'blob', headers: { Accept: 'text/csv' } })),
  wards: (api: Api) => unwrap(api.GET('/api/v1/wards')),
  record: (api: Api, body: CertificationRequest) => unwrap(api.POST('/api/v1/certifications', { body })),
  revoke: (api: Api, id: string, reason: string) =>
    unwrap(api.POST('/api/v1/certifications/{id}/revoke', { params: { path: { id } }, body: { reason } })),
};
