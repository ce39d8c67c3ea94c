import { ApiError, type Problem } from './api-client';
import { config } from './config';

export interface Upload {
  promise: Promise<unknown>;
  cancel: () => void;
}

/** Multipart upload with progress (fetch cannot report upload progress) and cancel. */
export function uploadVersion(
  templateId: string,
  form: { file: File; version: string; changelog: string },
  token: string | undefined,
  onProgress: (fraction: number) => void,
): Upload {
  const xhr = new XMLHttpRequest();
  const promise = new Promise<unknown>((resolve, reject) => {
    xhr.open('POST', `${config.apiBase}/templates/${templateId}/versions`);
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
      else reject(new ApiError({ type: 'about:blank', title: xhr.statusText, ...(body as Partial<Problem>), status: xhr.status }));
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
