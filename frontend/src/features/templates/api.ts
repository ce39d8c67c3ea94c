import { unwrap, type Api } from '../../lib/api-client';
import type { paths } from '../../types/api';

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
