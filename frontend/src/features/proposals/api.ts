import { unwrap, type Api } from '../../lib/api-client';
import { member } from '../../lib/one-of';
import type { components } from '../../types/api';

export type ProposalSummary = components['schemas']['ProposalSummary'];
export type ProposalDetail = components['schemas']['ProposalDetail'];
export type SimilarItems = components['schemas']['SimilarItems'];
export type SupportState = components['schemas']['SupportState'];
export type ProposalFields = components['schemas']['ProposalFields'];
export type StatusRequest = components['schemas']['ProposalStatusRequest'];

export const STATUSES = ['open', 'accepted', 'in_development', 'solved', 'declined', 'duplicate'] as const;
export const SORTS = ['newest', 'mostSupported', 'mostWards'] as const;

export type BoardQuery = { q: string; status: string; ward: string; category: string; sort: string; page: number };

/** An empty filter is no filter. */
const given = (value: string) => value || undefined;

/** Proposals: the board, one proposal, similar items for a draft title, posting, support and status changes. */
export const proposalsApi = {
  board: (api: Api, query: BoardQuery) =>
    unwrap(api.GET('/api/v1/proposals', {
      params: { query: { q: given(query.q), status: member(STATUSES, query.status), ward: given(query.ward), category: given(query.category),
        sort: member(SORTS, query.sort), page: query.page } },
    })),
  get: (api: Api, id: string) => unwrap(api.GET('/api/v1/proposals/{id}', { params: { path: { id } } })),
  similar: (api: Api, title: string) => unwrap(api.GET('/api/v1/proposals/similar', { params: { query: { title } } })),
  create: (api: Api, body: ProposalFields) => unwrap(api.POST('/api/v1/proposals', { body })),
  support: (api: Api, id: string) => unwrap(api.PUT('/api/v1/proposals/{id}/support', { params: { path: { id } } })),
  withdraw: (api: Api, id: string) => unwrap(api.DELETE('/api/v1/proposals/{id}/support', { params: { path: { id } } })),
  setStatus: (api: Api, id: string, body: StatusRequest) =>
    unwrap(api.POST('/api/v1/proposals/{id}/status', { params: { path: { id } }, body })),
};
