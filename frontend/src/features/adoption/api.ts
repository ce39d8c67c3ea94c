import { unwrap, type Api } from '../../lib/api-client';
import type { components } from '../../types/api';

type AdoptionRequest = components['schemas']['AdoptionRequest'];

/** Which wards use a template, and recording my ward's use of it. */
export const adoptionApi = {
  ofTemplate: (api: Api, id: string) => unwrap(api.GET('/api/v1/templates/{id}/adoptions', { params: { path: { id } } })),
  ofWard: (api: Api, slug: string, size: number) =>
    unwrap(api.GET('/api/v1/wards/{slug}/adoptions', { params: { path: { slug }, query: { size } } })),
  record: (api: Api, id: string, body: AdoptionRequest) =>
    unwrap(api.PUT('/api/v1/templates/{id}/adoption', { params: { path: { id } }, body })),
};
