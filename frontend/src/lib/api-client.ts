import { config } from './config';
import type { components } from '../types/api';

export type Problem = components['schemas']['Problem'];

/** A failed API call, carrying the server's RFC 9457 problem so screens can branch on status and fields. */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem;

  constructor(problem: Problem) {
    super(problem.detail ?? problem.title);
    this.status = problem.status;
    this.problem = problem;
  }

  /** The message for one form field, if the server named it. */
  fieldError(field: string): string | undefined {
    return this.problem.errors?.find((e) => e.field === field)?.message;
  }
}

export type TokenSource = () => Promise<string | undefined>;

/** Calls the API with the bearer token; every non-2xx answer becomes an ApiError. */
export async function apiFetch<T>(path: string, token: TokenSource, init: RequestInit = {}): Promise<T> {
  return (await apiFetchTagged<T>(path, token, init)).data;
}

/** As apiFetch, with the answer's ETag: edits send it back as If-Match, so nobody overwrites a newer version. */
export async function apiFetchTagged<T>(path: string, token: TokenSource, init: RequestInit = {}): Promise<{ data: T; etag: string | null }> {
  const headers = new Headers(init.headers);
  headers.set('Accept', 'application/json');
  const bearer = await token();
  if (bearer) headers.set('Authorization', `Bearer ${bearer}`);
  let response: Response;
  try {
    response = await fetch(config.apiBase + path, { ...init, headers });
  } catch {
    throw new ApiError({ type: 'about:blank', title: 'Network error', status: 0 });
  }
  if (!response.ok) throw new ApiError(await readProblem(response));
  const etag = response.headers.get('ETag');
  if (response.status === 204) return { data: undefined as T, etag };
  return { data: (await response.json()) as T, etag };
}

async function readProblem(response: Response): Promise<Problem> {
  const type = response.headers.get('Content-Type') ?? '';
  if (type.includes('json')) {
    try {
      const body = (await response.json()) as Partial<Problem>;
      return { type: 'about:blank', title: response.statusText, ...body, status: response.status };
    } catch {
      // fall through: a proxy or gateway answered with something else
    }
  }
  return { type: 'about:blank', title: response.statusText || 'Error', status: response.status };
}
