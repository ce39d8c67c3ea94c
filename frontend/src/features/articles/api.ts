import { patchOf, unwrap, unwrapTagged, type Api } from '../../lib/api-client';
import type { components } from '../../types/api';
import type { PublicationStatus } from '../../types/schemas';

export type ArticleDetail = components['schemas']['ArticleDetail'];
export type ArticleFields = components['schemas']['ArticleFields'];
export type ArticleSummary = components['schemas']['ArticleSummary'];
export type ArticleSearchResult = components['schemas']['ArticleSearchResult'];

/** The search box and filters of the article list; empty strings mean "no filter". */
export type ArticleQuery = { q: string; platform: string; category: string; ward: string; tag: string; page: number };
export const FACETS = ['platform', 'category', 'ward', 'tag'] as const;
export type Facet = (typeof FACETS)[number];

const filled = (v: string) => (v.trim() === '' ? undefined : v.trim());

/** Know-how articles: search with facets, read, write (merge patch with If-Match), submit. */
export const articlesApi = {
  search: (api: Api, q: ArticleQuery) =>
    unwrap(api.GET('/api/v1/articles', {
      params: {
        query: { q: filled(q.q), platform: filled(q.platform), category: filled(q.category), ward: filled(q.ward), tag: filled(q.tag),
          page: q.page, size: 20 },
      },
    })),
  get: (api: Api, id: string) => unwrapTagged(api.GET('/api/v1/articles/{id}', { params: { path: { id } } })),
  list: (api: Api, ward: string, status: PublicationStatus) =>
    unwrap(api.GET('/api/v1/articles', { params: { query: { ward, status, size: 100 } } })),
  ofTemplate: (api: Api, id: string) => unwrap(api.GET('/api/v1/templates/{id}/articles', { params: { path: { id } } })),
  create: (api: Api, body: ArticleFields) => unwrapTagged(api.POST('/api/v1/articles', { body })),
  patch: (api: Api, id: string, body: ArticleFields, etag: string) => unwrapTagged(api.PATCH('/api/v1/articles/{id}', patchOf(id, body, etag))),
  submit: (api: Api, id: string) => unwrapTagged(api.POST('/api/v1/articles/{id}/submit', { params: { path: { id } } })),
};
