import { mergePatch, unwrap, unwrapTagged, type Api } from '../../lib/api-client';
import type { components } from '../../types/api';

export type ProjectSummary = components['schemas']['ProjectSummary'];
export type ProjectDetail = components['schemas']['ProjectDetail'];
export type ProjectFields = components['schemas']['ProjectFieldsPatch'];
export type Milestone = components['schemas']['ProjectMilestone'];
export type FlowVersion = components['schemas']['FlowVersion'];
export type Board = components['schemas']['Board'];
export type WardCell = components['schemas']['WardCell'];
export type Overview = components['schemas']['Overview'];
export type ProcessFigures = components['schemas']['ProcessFigures'];
export type Process = components['schemas']['ProcessView'];
export type Ward = components['schemas']['WardView'];
type CreateProject = components['schemas']['CreateProjectRequest'];
type PlanRequest = components['schemas']['PlanRequest'];
type HearingRequest = Omit<components['schemas']['HearingAdoptionRequest'], 'source'>;

const CSV = { Accept: 'text/csv' };

/**
 * Standardisation of common processes: processes, projects (merge patch with If-Match), the ward board,
 * plans and hearings. The CSV variants resolve only on 2xx (see lib/download).
 */
export const projectsApi = {
  processes: (api: Api) => unwrap(api.GET('/api/v1/processes')),
  wards: (api: Api) => unwrap(api.GET('/api/v1/wards')),
  list: (api: Api) => unwrap(api.GET('/api/v1/projects', { params: { query: { size: 100 } } })),
  overview: (api: Api, fiscalYear: number) =>
    unwrap(api.GET('/api/v1/standardisation', { params: { query: { fiscalYear } } })),
  overviewCsv: (api: Api, fiscalYear: number) =>
    unwrap(api.GET('/api/v1/standardisation', { params: { query: { fiscalYear } }, parseAs: 'blob', headers: CSV })),
  board: (api: Api, id: string, fiscalYear: number) =>
    unwrap(api.GET('/api/v1/processes/{id}/board', { params: { path: { id }, query: { fiscalYear } } })),
  boardCsv: (api: Api, id: string, fiscalYear: number) =>
    unwrap(api.GET('/api/v1/processes/{id}/board', { params: { path: { id }, query: { fiscalYear } }, parseAs: 'blob', headers: CSV })),
  /** A project with its ETag (sent back as If-Match by `patch`). */
  get: (api: Api, id: string) => unwrapTagged(api.GET('/api/v1/projects/{id}', { params: { path: { id } } })),
  patch: (api: Api, id: string, fields: ProjectFields, etag: string) =>
    unwrapTagged(api.PATCH('/api/v1/projects/{id}', { params: { path: { id }, header: { 'If-Match': etag } }, ...mergePatch(fields, etag) })),
  flow: (api: Api, id: string) =>
    unwrap(api.GET('/api/v1/projects/{id}/flow', { params: { path: { id }, query: { size: 100 } } })),
  create: (api: Api, body: CreateProject) => unwrap(api.POST('/api/v1/projects', { body })),
  putMember: (api: Api, id: string, subject: string, body: { name?: string; ward?: string }) =>
    unwrapTagged(api.PUT('/api/v1/projects/{id}/members/{subject}', { params: { path: { id, subject } }, body })),
  removeMember: (api: Api, id: string, subject: string) =>
    unwrap(api.DELETE('/api/v1/projects/{id}/members/{subject}', { params: { path: { id, subject } } })),
  declarePlan: (api: Api, slug: string, processId: string, body: PlanRequest) =>
    unwrap(api.PUT('/api/v1/wards/{slug}/plans/{processId}', { params: { path: { slug, processId } }, body })),
  /** An adoption learnt in a hearing (not declared by the ward itself): recorded with source "hearing". */
  recordHearing: (api: Api, id: string, ward: string, fields: HearingRequest) =>
    unwrap(api.PUT('/api/v1/templates/{id}/adoptions/{ward}', { params: { path: { id, ward } }, body: { ...fields, source: 'hearing' } })),
};

/** The fiscal year (April–March) of today in Japan. */
export function currentFiscalYear(now: Date = new Date()): number {
  const jst = new Date(now.getTime() + 9 * 3600 * 1000);
  return jst.getUTCMonth() >= 3 ? jst.getUTCFullYear() : jst.getUTCFullYear() - 1;
}
