import { patchOf, unwrap, unwrapTagged, type Api } from '../../lib/api-client';
import type { PublicationStatus, StoryFields } from '../../types/schemas';

/** Success stories: read, list, write (merge patch with If-Match), submit. */
export const storiesApi = {
  get: (api: Api, id: string) => unwrapTagged(api.GET('/api/v1/stories/{id}', { params: { path: { id } } })),
  list: (api: Api, ward: string, status: PublicationStatus) =>
    unwrap(api.GET('/api/v1/stories', { params: { query: { ward, status, size: 100 } } })),
  ofTemplate: (api: Api, id: string) => unwrap(api.GET('/api/v1/templates/{id}/stories', { params: { path: { id } } })),
  create: (api: Api, body: StoryFields) => unwrapTagged(api.POST('/api/v1/stories', { body })),
  patch: (api: Api, id: string, body: StoryFields, etag: string) => unwrapTagged(api.PATCH('/api/v1/stories/{id}', patchOf(id, body, etag))),
  submit: (api: Api, id: string) => unwrapTagged(api.POST('/api/v1/stories/{id}/submit', { params: { path: { id } } })),
};
