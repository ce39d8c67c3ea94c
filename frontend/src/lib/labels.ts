import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { unwrap } from './api-client';
import { useQuery } from './use-api';

/** Reference data (platforms, categories, wards) and their names in the current language. */
export function useLabels() {
  const { i18n } = useTranslation();
  const platforms = useQuery((api) => unwrap(api.GET('/api/v1/platforms')), []).data;
  const categories = useQuery((api) => unwrap(api.GET('/api/v1/categories')), []).data;
  const wards = useQuery((api) => unwrap(api.GET('/api/v1/wards')), []).data;
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
