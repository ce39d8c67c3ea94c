import { unwrap, type Api } from '../../lib/api-client';
import { member } from '../../lib/one-of';
import type { paths } from '../../types/api';
import { PUBLICATION_STATUSES } from '../../types/schemas';

export type SearchQuery = NonNullable<paths['/api/v1/templates']['get']['parameters']['query']>;

/** The catalog as the staff read it: search, one template, its versions and their files. */
export const templatesApi = {
  search: (api: Api, query: SearchQuery) => unwrap(api.GET('/api/v1/templates', { params: { query } })),
  get: (api: Api, id: string) => unwrap(api.GET('/api/v1/templates/{id}', { params: { path: { id } } })),
  versions: (api: Api, id: string) => unwrap(api.GET('/api/v1/templates/{id}/versions', { params: { path: { id } } })),
  /** The file of a version; rejects (and nothing is saved) unless the API answers 2xx. */
  file: (api: Api, id: string, version: string) =>
    unwrap(api.GET('/api/v1/templates/{id}/versions/{version}/file', {
      params: { path: { id, version } }, parseAs: 'blob', headers: { Accept: '*/*' },
    })),
};

const TEXT_KEYS = ['category', 'platform', 'process', 'q', 'tag', 'ward'] as const;
const SORTS = ['relevance', 'newest', 'adopted', 'rated'] as const;

/** The search as the URL keeps it (a bookmarkable link), with page and size as the numbers the API takes. */
export function searchQueryOf(params: URLSearchParams, size: number): SearchQuery {
  const query: SearchQuery = { size };
  for (const key of TEXT_KEYS) {
    const value = params.get(key);
    if (value !== null) query[key] = value;
  }
  query.sort = member(SORTS, params.get('sort'));
  query.status = member(PUBLICATION_STATUSES, params.get('status'));
  const page = Number(params.get('page'));
  if (params.has('page') && Number.isInteger(page) && page >= 0) query.page = page;
  return query;
}
