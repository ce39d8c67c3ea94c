import { ApiError, patchOf, problemOf, unwrap, unwrapTagged, type Api } from '../../lib/api-client';
import { config } from '../../lib/config';
import type { PublicationStatus, TemplateFields } from '../../types/schemas';

/** A publisher's work on the own ward's templates: write, upload versions, justify findings, submit. */
export const publishApi = {
  mine: (api: Api, ward: string, status: PublicationStatus) =>
    unwrap(api.GET('/api/v1/templates', { params: { query: { ward, status, size: 100 } } })),
  get: (api: Api, id: string) => unwrapTagged(api.GET('/api/v1/templates/{id}', { params: { path: { id } } })),
  create: (api: Api, body: TemplateFields) => unwrapTagged(api.POST('/api/v1/templates', { body })),
  patch: (api: Api, id: string, body: TemplateFields, etag: string) => unwrapTagged(api.PATCH('/api/v1/templates/{id}', patchOf(id, body, etag))),
  versions: (api: Api, id: string) => unwrap(api.GET('/api/v1/templates/{id}/versions', { params: { path: { id } } })),
  submit: (api: Api, id: string) => unwrap(api.POST('/api/v1/templates/{id}/submit', { params: { path: { id } } })),
  findings: (api: Api, id: string, version: string) =>
    unwrap(api.GET('/api/v1/templates/{id}/versions/{version}/findings', { params: { path: { id, version }, query: { size: 100 } } })),
  justify: (api: Api, id: string, version: string, findingId: string, justification: string) =>
    unwrap(api.PUT('/api/v1/templates/{id}/versions/{version}/findings/{findingId}/justification', {
      params: { path: { id, version, findingId } }, body: { justification },
    })),
};

export interface Upload {
  promise: Promise<unknown>;
  cancel: () => void;
}

/**
 * POST /api/v1/templates/{id}/versions as multipart with progress and cancel: fetch cannot report upload
 * progress, so this one call goes through XMLHttpRequest (the same problem mapping as the typed client).
 */
export function uploadVersion(
  templateId: string,
  form: { file: File; version: string; changelog: string },
  token: string | undefined,
  onProgress: (fraction: number) => void,
): Upload {
  const xhr = new XMLHttpRequest();
  const promise = new Promise<unknown>((resolve, reject) => {
    xhr.open('POST', `${config.apiOrigin}/api/v1/templates/${encodeURIComponent(templateId)}/versions`);
    if (token) xhr.setRequestHeader('Authorization', `Bearer ${token}`);
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.upload.onprogress = (e) => e.lengthComputable && onProgress(e.loaded / e.total);
    xhr.onload = () => {
      let body: unknown = null;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        body = null;
      }
      if (xhr.status >= 200 && xhr.status < 300) resolve(body);
      else reject(new ApiError(problemOf(xhr.status, xhr.statusText, body)));
    };
    xhr.onerror = () => reject(new ApiError({ type: 'about:blank', title: 'Network error', status: 0 }));
    xhr.onabort = () => reject(new ApiError({ type: 'about:blank', title: 'Cancelled', status: -1 }));
    const data = new FormData();
    data.append('file', form.file);
    data.append('version', form.version);
    data.append('changelog', form.changelog);
    xhr.send(data);
  });
  return { promise, cancel: () => xhr.abort() };
}
