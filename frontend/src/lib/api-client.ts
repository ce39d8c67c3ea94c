import createClient, { type Client } from 'openapi-fetch';
import { config } from './config';
import type { components, paths } from '../types/api';

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

/** The typed client: one method per path and verb of openapi.yaml (src/types/api.ts), JSON answers only. */
export type Api = Client<paths, 'application/json'>;

/**
 * A client that sends the bearer token from `token` on every call. Paths carry /api/v1 (as the contract
 * does); VITE_API_ORIGIN names another origin, otherwise the SPA's own (dev and preview proxy /api).
 */
export function createApi(token: TokenSource): Api {
  const api = createClient<paths, 'application/json'>({
    baseUrl: config.apiOrigin || globalThis.location?.origin || '',
    // Looked up per call, not captured at creation, so tests can stub the global.
    fetch: (request) => globalThis.fetch(request),
  });
  api.use({
    async onRequest({ request }) {
      const bearer = await token();
      if (bearer) request.headers.set('Authorization', `Bearer ${bearer}`);
      if (!request.headers.has('Accept')) request.headers.set('Accept', 'application/json');
      return request;
    },
  });
  return api;
}

/**
 * What openapi-fetch answers: the parsed body on 2xx, the parsed (or raw) error body otherwise. It types
 * `data` as possibly undefined on every operation (an empty body); the API sends one wherever the contract
 * declares a schema, so the wrappers below hand on the declared type.
 */
type Outcome<D> = { data: D | undefined; error?: never; response: Response } | { data?: never; error: unknown; response: Response };

/** A 2xx body with the answer's ETag: edits send it back as If-Match, so nobody overwrites a newer version. */
export interface Tagged<D> {
  data: D;
  etag: string | null;
}

/** Awaits a typed call; every non-2xx answer (and an unreachable server) becomes an ApiError. */
export async function unwrapTagged<D>(call: Promise<Outcome<D>>): Promise<Tagged<D>> {
  let outcome: Outcome<D>;
  try {
    outcome = await call;
  } catch {
    throw new ApiError({ type: 'about:blank', title: 'Network error', status: 0 });
  }
  if (!succeeded(outcome)) throw new ApiError(problemOf(outcome.response.status, outcome.response.statusText, outcome.error));
  return { data: outcome.data, etag: outcome.response.headers.get('ETag') };
}

/** openapi-fetch answers every 2xx with `data` (undefined for an empty body) and anything else with `error`. */
function succeeded<D>(outcome: Outcome<D>): outcome is { data: D; error?: never; response: Response } {
  return outcome.response.ok;
}

/** As unwrapTagged, for answers whose ETag nobody needs. */
export async function unwrap<D>(call: Promise<Outcome<D>>): Promise<D> {
  return (await unwrapTagged(call)).data;
}

/**
 * The problem a failed answer carries. A proxy or gateway may answer with HTML or nothing: then the status
 * and its text are all there is. The status is always the one on the wire, whatever the body claims.
 */
export function problemOf(status: number, statusText: string, body: unknown): Problem {
  const base: Problem = { type: 'about:blank', title: statusText || 'Error', status };
  if (typeof body !== 'object' || body === null) return base;
  const read = (key: string): unknown => (key in body ? Reflect.get(body, key) : undefined);
  const text = (key: string) => (typeof read(key) === 'string' ? String(read(key)) : undefined);
  const errors = read('errors');
  const findings = read('findings');
  return {
    ...base,
    type: text('type') ?? base.type,
    title: text('title') ?? base.title,
    detail: text('detail'),
    errors: Array.isArray(errors) ? errors.flatMap(fieldErrorOf) : undefined,
    findings: Array.isArray(findings)
      ? findings.filter((f): f is components['schemas']['FindingView'] => typeof f === 'object' && f !== null)
      : undefined,
  };
}

/** One entry of a problem's `errors` as the contract types it (field and message are strings); others are dropped. */
function fieldErrorOf(entry: unknown): NonNullable<Problem['errors']> {
  if (typeof entry !== 'object' || entry === null) return [];
  const field: unknown = Reflect.get(entry, 'field');
  const message: unknown = Reflect.get(entry, 'message');
  if (typeof message !== 'string') return [];
  return [{ field: typeof field === 'string' ? field : '', message }];
}

/**
 * A JSON merge patch (RFC 7396) body: a field present with the value undefined (the user emptied it) is sent
 * as null, which removes it; absent fields stay as they are (the contract's `…Patch` schemas allow that null).
 * `etag` goes out as If-Match: nobody overwrites a version they have not seen. The contract declares If-Match as
 * a required header parameter of every merge-patch operation, so callers also name it in `params.header`
 * (after the spread, e.g. `{ ...mergePatch(body, etag), params: { path, header: { 'If-Match': etag } } }`, or
 * `patchOf` for a resource named by its id); both carry the same value.
 */
export function mergePatch<T extends object>(fields: T, etag: string) {
  return {
    body: fields,
    bodySerializer: (body: unknown) => JSON.stringify(body, (_key, value: unknown) => (value === undefined ? null : value)),
    headers: { 'Content-Type': 'application/merge-patch+json', 'If-Match': etag },
  };
}

/** The init of a merge patch on a resource named by `{id}`: the body, and the ETag as If-Match in both places. */
export function patchOf<T extends object>(id: string, fields: T, etag: string) {
  return { ...mergePatch(fields, etag), params: { path: { id }, header: { 'If-Match': etag } } };
}
