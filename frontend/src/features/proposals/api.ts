import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi, useSend } from '../../lib/use-api';
import type { components } from '../../types/api';

export type ProposalSummary = components['schemas']['ProposalSummary'];
export type ProposalDetail = components['schemas']['ProposalDetail'];
export type SimilarItems = components['schemas']['SimilarItems'];
export type SupportState = components['schemas']['SupportState'];
export type ProposalFields = components['schemas']['ProposalFields'];
export type StatusRequest = components['schemas']['ProposalStatusRequest'];
type ProposalPage = components['schemas']['PageProposalSummary'];
type Label = components['schemas']['Label'];
type Ward = components['schemas']['WardView'];

export const STATUSES = ['open', 'accepted', 'in_development', 'solved', 'declined', 'duplicate'] as const;
export const SORTS = ['newest', 'mostSupported', 'mostWards'] as const;

export type BoardQuery = { q: string; status: string; ward: string; category: string; sort: string; page: number };

function boardPath(query: BoardQuery): string {
  const p = new URLSearchParams();
  for (const key of ['q', 'status', 'ward', 'category', 'sort'] as const) if (query[key]) p.set(key, query[key]);
  p.set('page', String(query.page));
  return `/proposals?${p.toString()}`;
}

export function useBoard(query: BoardQuery) {
  return useApi<ProposalPage>(boardPath(query));
}

export function useProposal(id: string | undefined) {
  return useApi<ProposalDetail>(id ? `/proposals/${id}` : null);
}

/** Similar proposals and templates for a draft title; nothing is asked for until two characters are typed. */
export function useSimilar(title: string) {
  const trimmed = title.trim();
  return useApi<SimilarItems>(trimmed.length >= 2 ? `/proposals/similar?title=${encodeURIComponent(trimmed)}` : null);
}

export function useProposalActions() {
  const send = useSend();
  return {
    create: useCallback((fields: ProposalFields) => send<ProposalDetail>('/proposals', 'POST', fields), [send]),
    support: useCallback((id?: string) => send<SupportState>(`/proposals/${id ?? ''}/support`, 'PUT'), [send]),
    withdraw: useCallback((id?: string) => send<SupportState>(`/proposals/${id ?? ''}/support`, 'DELETE'), [send]),
    setStatus: useCallback((id: string | undefined, body: StatusRequest) => send<ProposalDetail>(`/proposals/${id ?? ''}/status`, 'POST', body), [send]),
  };
}

/** Ward and category names in the current language (reference data, read here so features stay apart). */
export function useNames() {
  const { i18n } = useTranslation();
  const wards = useApi<Ward[]>('/wards').data;
  const categories = useApi<Label[]>('/categories').data;
  const en = i18n.language === 'en';
  return useMemo(() => {
    const name = (list: { slug?: string; nameJa?: string; nameEn?: string }[] | null, slug?: string | null) => {
      const item = list?.find((x) => x.slug === slug);
      return item ? ((en ? item.nameEn : item.nameJa) ?? slug ?? '') : (slug ?? '');
    };
    return {
      wards: wards ?? [],
      categories: categories ?? [],
      ward: (s?: string | null) => name(wards, s),
      category: (s?: string | null) => name(categories, s),
    };
  }, [wards, categories, en]);
}
