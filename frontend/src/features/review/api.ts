import { unwrap, type Api } from '../../lib/api-client';
import type { components } from '../../types/api';

type ReviewDecision = components['schemas']['ReviewDecision'];

/** The CoE review queue, decisions, and what a reviewer compares (versions, audit trail). */
export const reviewApi = {
  pending: (api: Api) => unwrap(api.GET('/api/v1/reviews', { params: { query: { status: 'pending', size: 50 } } })),
  decideTemplate: (api: Api, id: string, body: ReviewDecision) =>
    unwrap(api.POST('/api/v1/templates/{id}/review', { params: { path: { id } }, body })),
  decideStory: (api: Api, id: string, body: ReviewDecision) =>
    unwrap(api.POST('/api/v1/stories/{id}/review', { params: { path: { id } }, body })),
  decideArticle: (api: Api, id: string, body: ReviewDecision) =>
    unwrap(api.POST('/api/v1/articles/{id}/review', { params: { path: { id } }, body })),
  versions: (api: Api, id: string) =>
    unwrap(api.GET('/api/v1/templates/{id}/versions', { params: { path: { id }, query: { size: 50 } } })),
  audit: (api: Api, objectId: string) => unwrap(api.GET('/api/v1/audit', { params: { query: { objectId, size: 100 } } })),
};
