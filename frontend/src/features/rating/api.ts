import { unwrap, type Api } from '../../lib/api-client';
import type { components } from '../../types/api';

type RatingRequest = components['schemas']['RatingRequest'];

/** Ratings of a template, and my ward's rating of it. */
export const ratingApi = {
  ofTemplate: (api: Api, id: string) => unwrap(api.GET('/api/v1/templates/{id}/ratings', { params: { path: { id } } })),
  rate: (api: Api, id: string, body: RatingRequest) =>
    unwrap(api.PUT('/api/v1/templates/{id}/rating', { params: { path: { id } }, body })),
};
