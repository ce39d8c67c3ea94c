import { useCallback, useEffect, useState } from 'react';
import { useOutletContext } from 'react-router';
import { ApiError, apiFetch, apiFetchTagged } from '../../lib/api-client';
import { useAuth } from '../../lib/auth';
import { config } from '../../lib/config';
import { saveBlob } from '../../lib/save-blob';
import { useApi } from '../../lib/use-api';
import type { components } from '../../types/api';

export type Me = components['schemas']['Me'];
export type ProjectSummary = components['schemas']['ProjectSummary'];
export type ProjectDetail = components['schemas']['ProjectDetail'];
export type ProjectFields = components['schemas']['ProjectFields'];
export type Milestone = components['schemas']['ProjectMilestone'];
export type FlowVersion = components['schemas']['FlowVersion'];
export type Board = components['schemas']['Board'];
export type WardCell = components['schemas']['WardCell'];
export type Overview = components['schemas']['Overview'];
export type ProcessFigures = components['schemas']['ProcessFigures'];
export type Process = components['schemas']['ProcessView'];
export type Ward = components['schemas']['WardView'];

/** The signed-in user, as the layout hands it down. */
export function useCurrentUser(): Me | null {
  return useOutletContext<{ me: Me | null }>()?.me ?? null;
}

export const useProcesses = () => useApi<Process[]>('/processes');
export const useWards = () => useApi<Ward[]>('/wards');
export const useProjects = () => useApi<components['schemas']['PageProjectSummary']>('/projects?size=100');
export const useOverview = (fiscalYear: number) => useApi<Overview>(`/standardisation?fiscalYear=${fiscalYear}`);
export const useBoard = (processId: string | undefined, fiscalYear: number) =>
  useApi<Board>(processId ? `/processes/${processId}/board?fiscalYear=${fiscalYear}` : null);
export const useFlowHistory = (id: string | undefined, version: number) =>
  useApi<components['schemas']['PageFlowVersion']>(id ? `/projects/${id}/flow?size=100&v=${version}` : null);

/** A project with its ETag; `save` sends a merge patch with If-Match and keeps the new ETag. */
export function useProject(id: string | undefined) {
  const auth = useAuth();
  const [project, setProject] = useState<ProjectDetail | null>(null);
  const [etag, setEtag] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const load = useCallback(() => {
    if (!id || auth.state.status !== 'authenticated') return;
    apiFetchTagged<ProjectDetail>(`/projects/${id}`, auth.token).then(
      ({ data, etag: tag }) => { setProject(data); setEtag(tag); setError(null); },
      (e: unknown) => setError(e instanceof ApiError ? e : null),
    );
  }, [id, auth]);
  useEffect(load, [load]);
  const save = async (patch: Partial<ProjectFields>) => {
    const answer = await apiFetchTagged<ProjectDetail>(`/projects/${id}`, auth.token, {
      method: 'PATCH', body: JSON.stringify(patch), headers: { 'Content-Type': 'application/merge-patch+json', 'If-Match': etag ?? '' },
    });
    setProject(answer.data);
    setEtag(answer.etag);
  };
  const putMember = async (subject: string, name: string, ward: string) => {
    const answer = await apiFetchTagged<ProjectDetail>(`/projects/${id}/members/${encodeURIComponent(subject)}`, auth.token, {
      method: 'PUT', body: JSON.stringify({ name: name || null, ward: ward || null }), headers: { 'Content-Type': 'application/json' },
    });
    setProject(answer.data);
    setEtag(answer.etag);
  };
  const removeMember = async (subject: string) => {
    await apiFetch<void>(`/projects/${id}/members/${encodeURIComponent(subject)}`, auth.token, { method: 'DELETE' });
    load();
  };
  return { project, error, save, putMember, removeMember };
}

/** Writes that are not tied to one loaded project. */
export function useProjectActions() {
  const auth = useAuth();
  const json = (method: string, body: unknown): RequestInit => ({ method, body: JSON.stringify(body), headers: { 'Content-Type': 'application/json' } });
  return {
    createProject: (body: { processId: string; title: string; goal: string | null; memberWards: string[] }) =>
      apiFetch<ProjectDetail>('/projects', auth.token, json('POST', body)),
    declarePlan: (ward: string, processId: string, body: { targetOn: string; note: string | null }) =>
      apiFetch<components['schemas']['PlanView']>(`/wards/${ward}/plans/${processId}`, auth.token, json('PUT', body)),
    recordHearing: (templateId: string, ward: string, body: { status: string; adoptedOn: string | null; note: string }) =>
      apiFetch<components['schemas']['AdoptionView']>(`/templates/${templateId}/adoptions/${ward}`, auth.token,
        json('PUT', { ...body, source: 'hearing' })),
    downloadCsv: async (path: string, fileName: string) => {
      const token = await auth.token();
      const response = await fetch(config.apiBase + path, { headers: { Accept: 'text/csv', ...(token ? { Authorization: `Bearer ${token}` } : {}) } });
      saveBlob(await response.blob(), fileName);
    },
  };
}

/** The fiscal year (April–March) of today in Japan. */
export function currentFiscalYear(now: Date = new Date()): number {
  const jst = new Date(now.getTime() + 9 * 3600 * 1000);
  return jst.getUTCMonth() >= 3 ? jst.getUTCFullYear() : jst.getUTCFullYear() - 1;
}
