import { unwrap, type Api } from '../../lib/api-client';
import { member } from '../../lib/one-of';
import type { components } from '../../types/api';

export type Round = components['schemas']['RoundView'];
export type Entry = components['schemas']['EntryView'];
export type Evidence = components['schemas']['Evidence'];
export type Results = components['schemas']['AwardResults'];
export type ResultItem = components['schemas']['ResultItem'];
export type RoundInput = components['schemas']['RoundFields'];
export type ScoreInput = components['schemas']['ScoreRequest'];
export type Subject = { storyId?: string; templateId?: string };
type WorkItem = { id?: string; title?: string };

export const PHASES = ['draft', 'open', 'judging', 'decided', 'published'] as const;
export type Phase = (typeof PHASES)[number];
export const PRIZES = ['grand', 'excellence', 'special'] as const;
export const CRITERIA = ['workReduction', 'residentService', 'originality'] as const;
export type Criterion = (typeof CRITERIA)[number];

/** The phase after `phase`, if the round has one (an unknown phase has none). */
export function nextPhase(phase: string): Phase | undefined {
  const at = PHASES.findIndex((p) => p === phase);
  return at < 0 ? undefined : PHASES[at + 1];
}

/** Every award call of the SPA; the CSV variant resolves only on 2xx (see lib/download). */
export const awardsApi = {
  rounds: (api: Api) => unwrap(api.GET('/api/v1/awards', { params: { query: { size: 100 } } })),
  round: (api: Api, id: string) => unwrap(api.GET('/api/v1/awards/{id}', { params: { path: { id } } })),
  entries: (api: Api, id: string) => unwrap(api.GET('/api/v1/awards/{id}/entries', { params: { path: { id }, query: { size: 100 } } })),
  /** Results exist from decided on; the caller asks only when the round's phase allows it for them. */
  results: (api: Api, id: string) => unwrap(api.GET('/api/v1/awards/{id}/results', { params: { path: { id } } })),
  resultsCsv: (api: Api, id: string) =>
    unwrap(api.GET('/api/v1/awards/{id}/results', { params: { path: { id } }, parseAs: 'blob', headers: { Accept: 'text/csv' } })),
  /** The caller's ward's published templates and stories: what a publisher may enter. */
  wardTemplates: async (api: Api, ward: string): Promise<WorkItem[]> =>
    (await unwrap(api.GET('/api/v1/templates', { params: { query: { ward, size: 100 } } }))).items ?? [],
  wardStories: async (api: Api, ward: string): Promise<WorkItem[]> =>
    (await unwrap(api.GET('/api/v1/stories', { params: { query: { ward, status: 'published', size: 100 } } }))).items ?? [],
  create: (api: Api, body: RoundInput) => unwrap(api.POST('/api/v1/awards', { body })),
  move: (api: Api, id: string, phase: Phase) => unwrap(api.POST('/api/v1/awards/{id}/phase', { params: { path: { id } }, body: { phase } })),
  enter: (api: Api, id: string, subject: Subject, statement: string) =>
    unwrap(api.POST('/api/v1/awards/{id}/entries', { params: { path: { id } }, body: { ...subject, statement } })),
  withdraw: (api: Api, id: string, entryId: string) =>
    unwrap(api.DELETE('/api/v1/awards/{id}/entries/{entryId}', { params: { path: { id, entryId } } })),
  score: (api: Api, id: string, entryId: string, body: ScoreInput) =>
    unwrap(api.PUT('/api/v1/awards/{id}/entries/{entryId}/score', { params: { path: { id, entryId } }, body })),
  /** No prize (null) clears it: the body then names none. */
  prize: (api: Api, id: string, entryId: string, prize: string | null) =>
    unwrap(api.PUT('/api/v1/awards/{id}/entries/{entryId}/prize', { params: { path: { id, entryId } }, body: { prize: member(PRIZES, prize) } })),
};
