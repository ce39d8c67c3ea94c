import { useTranslation } from 'react-i18next';
import type { components } from '../types/api';

type PrizeBadge = components['schemas']['PrizeBadge'];

/** The award prizes of a template or story (「2026年度 大賞」), shown on its page once the round is published. */
export function PrizeBadges({ prizes }: { prizes?: PrizeBadge[] }) {
  const { i18n } = useTranslation();
  if (!prizes || prizes.length === 0) return null;
  return (
    <ul className="flex flex-wrap gap-2" data-testid="prize-badges">
      {prizes.map((p) => (
        <li key={`${p.roundId}-${p.prize}`} className="rounded-4 border border-yellow-700 bg-yellow-100 px-3 py-1 text-std-16B-170 text-solid-gray-900">
          🏆 {i18n.language === 'en' ? p.labelEn : p.labelJa}
        </li>
      ))}
    </ul>
  );
}
