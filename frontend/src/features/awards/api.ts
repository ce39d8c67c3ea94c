import { useCallback } from 'react';
import { useAuth } from '../../lib/auth';
import { config } from '../../lib/config';
import { saveBlob } from '../../lib/save-blob';
import { useApi, useSend } from '../../lib/use-api';
import type { components } from '../../types/api';

export type Round = components['schemas']['RoundView'];
export type Entry = components['schemas']['EntryView'];
export type Evidence = components['schemas']['Evidence'];
export type Results = components['schemas']['AwardResults'];
export type ResultItem = components['schemas']['ResultItem'];
type Me = components['schemas']['Me'];
type Page<T> = { items?: T[]; total?: number };
type WorkItem = { id?: string; title?: string };

export const PHASES = ['draft', 'open', 'judging', 'decided', 'published'] as const;
export const PRIZES = ['grand', 'excellence', 'special'] as const;

/** Every award call of the SPA: reads as hooks, writes through one `useAwardActions`. */
export function useMe() {
  return useApi<Me>('/me').data;
}

export function useRounds() {
  return useApi<Page<Round>>('/awards?size=100');
}

export function useRound(id: string | undefined) {
  return useApi<Round>(id ? `/awards/${id}` : null);
}

export function useEntries(id: string | undefined) {
  return useApi<Page<Entry>>(id ? `/awards/${id}/entries?size=100` : null);
}

/** Results exist from decided on; the caller asks only when the round's phase allows it for them. */
export function useResults(id: string | undefined, enabled: boolean) {
  return useApi<Results>(id && enabled ? `/awards/${id}/results` : null);
}

/** The caller's ward's published templates and stories: what a publisher may enter. */
export function useWardWork(ward: string | undefined) {
  const templates = useApi<Page<WorkItem>>(ward ? `/templates?ward=${ward}&size=100` : null).data;
  const stories = useApi<Page<WorkItem>>(ward ? `/stories?ward=${ward}&status=published&size=100` : null).data;
  return { templates: templates?.items ?? [], stories: stories?.items ?? [] };
}

export type RoundInput = { fiscalYear: number; title: string; entriesCloseOn: string; judgingClosesOn: string; maxEntriesPerWard: number };
export type ScoreInput = { workReduction: number; residentService: number; originality: number; comment?: string };

export function useAwardActions() {
  const send = useSend();
  return {
    create: useCallback((body: RoundInput) => send<Round>('/awards', 'POST', body), [send]),
    move: useCallback((id: string, phase: string) => send<Round>(`/awards/${id}/phase`, 'POST', { phase }), [send]),
    enter: useCallback(
      (id: string, subject: { storyId?: string; templateId?: string }, statement: string) =>
        send<Entry>(`/awards/${id}/entries`, 'POST', { ...subject, statement }),
      [send],
    ),
    withdraw: useCallback((id: string, entryId: string) => send<void>(`/awards/${id}/entries/${entryId}`, 'DELETE'), [send]),
    score: useCallback(
      (id: string, entryId: string, body: ScoreInput) => send<unknown>(`/awards/${id}/entries/${entryId}/score`, 'PUT', body),
      [send],
    ),
    prize: useCallback(
      (id: string, entryId: string, prize: string | null) => send<Entry>(`/awards/${id}/entries/${entryId}/prize`, 'PUT', { prize }),
      [send],
    ),
  };
}

/** The results as CSV through the authenticated fetch (a plain link would carry no token). */
export function useResultsCsv() {
  const auth = useAuth();
  return useCallback(
    async (id: string, fiscalYear: number) => {
      const token = await auth.token();
      const response = await fetch(`${config.apiBase}/awards/${id}/results`, {
        headers: { Accept: 'text/csv', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
      });
      saveBlob(await response.blob(), `yokoten-award-FY${fiscalYear}.csv`);
    },
    [auth],
  );
}
