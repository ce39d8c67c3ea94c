import { unwrap, type Api } from './api-client';

/**
 * Templates a story or article may link: a text search, or (with no text) the caller's ward's drafts. Shared here
 * because the picker serves every feature that links templates; the catalog itself stays in features/templates.
 */
export const linkableTemplates = (api: Api, query: { q: string } | { ward: string }) =>
  unwrap(api.GET('/api/v1/templates', {
    params: { query: 'q' in query ? { q: query.q, size: 10 } : { ward: query.ward, status: 'draft', size: 20 } },
  }));
