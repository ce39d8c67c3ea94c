import { useEffect, useState } from 'react';
import type { Tagged } from '../../../lib/api-client';
import { useApiClient, useQuery } from '../../../lib/use-api';
import { projectsApi, type ProjectDetail, type ProjectFields } from '../api';

/**
 * A project with its ETag; `save` sends a merge patch with If-Match and keeps the answer and its new ETag.
 * The writes throw an ApiError on failure (the page shows it).
 */
export function useProject(id: string | undefined) {
  const api = useApiClient();
  const query = useQuery(id ? (a) => projectsApi.get(a, id) : null, [id]);
  const [current, setCurrent] = useState<Tagged<ProjectDetail> | null>(null);
  useEffect(() => setCurrent(query.data), [query.data]);
  const project = current?.data ?? null;

  const save = async (fields: ProjectFields) => {
    if (!id) return;
    setCurrent(await projectsApi.patch(api, id, fields, current?.etag ?? ''));
  };
  const putMember = async (subject: string, name: string, ward: string) => {
    if (!id) return;
    const answer = await projectsApi.putMember(api, id, subject, { name: name || undefined, ward: ward || undefined });
    setCurrent(answer);
    // Without an ETag in the answer, the next edit needs the current one: load the project again.
    if (!answer.etag) query.reload();
  };
  const removeMember = async (subject: string) => {
    if (!id) return;
    await projectsApi.removeMember(api, id, subject);
    query.reload();
  };
  return { project, error: query.error, save, putMember, removeMember };
}
