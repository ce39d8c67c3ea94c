import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from '../../../lib/use-api';
import { proposalsApi } from '../api';

/** Ward and category names in the current language. */
export function useNames() {
  const { i18n } = useTranslation();
  const wards = useQuery(proposalsApi.wards, []).data;
  const categories = useQuery(proposalsApi.categories, []).data;
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
