import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../lib/use-api';
import type { components } from '../../types/api';

export type TemplateSummary = components['schemas']['TemplateSummary'];
export type TemplateDetail = components['schemas']['TemplateDetail'];
export type SearchResult = components['schemas']['TemplateSearchResult'];
export type VersionView = components['schemas']['VersionView'];
type Label = components['schemas']['Label'];
type Ward = components['schemas']['WardView'];

/** Reference data for labels in the current language. */
export function useLabels() {
  const { i18n } = useTranslation();
  const platforms = useApi<Label[]>('/platforms').data;
  const categories = useApi<Label[]>('/categories').data;
  const wards = useApi<Ward[]>('/wards').data;
  const en = i18n.language === 'en';
  return useMemo(() => {
    const name = (list: { slug?: string; nameJa?: string; nameEn?: string }[] | null, slug?: string | null) => {
      const item = list?.find((x) => x.slug === slug);
      return item ? ((en ? item.nameEn : item.nameJa) ?? slug ?? '') : (slug ?? '');
    };
    return {
      platforms: platforms ?? [],
      categories: categories ?? [],
      wards: wards ?? [],
      platform: (s?: string | null) => name(platforms, s),
      category: (s?: string | null) => name(categories, s),
      ward: (s?: string | null) => name(wards, s),
    };
  }, [platforms, categories, wards, en]);
}
