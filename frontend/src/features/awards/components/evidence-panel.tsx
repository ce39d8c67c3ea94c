import { useTranslation } from 'react-i18next';
import type { Evidence } from '../api';

/** The frozen figures an entry is judged on, as a description list. */
export function EvidencePanel({ evidence }: { evidence?: Evidence | null }) {
  const { t } = useTranslation();
  if (!evidence) return <p className="text-solid-gray-700">{t('awards.evidence.none')}</p>;
  const rows: [string, string][] = [
    ['hoursSavedMeasured', String(evidence.hoursSavedMeasured ?? 0)],
    ['hoursSavedClaimed', String(evidence.hoursSavedClaimed ?? 0)],
    ['hoursSavedStories', String(evidence.hoursSavedStories ?? 0)],
    ['crossWardAdoptions', String(evidence.crossWardAdoptions ?? 0)],
    ['adoptingWards', String(evidence.adoptingWards ?? 0)],
    ['downloads', String(evidence.downloads ?? 0)],
    ['rating', `${evidence.ratingAvg ?? '—'} (${evidence.ratingCount ?? 0})`],
  ];
  return (
    <div>
      <p className="text-std-16B-170">{t('awards.evidence.title', { years: (evidence.fiscalYears ?? []).join('–') })}</p>
      <dl className="grid grid-cols-2 gap-x-4 gap-y-1 sm:grid-cols-4">
        {rows.map(([key, value]) => (
          <div key={key}>
            <dt className="text-solid-gray-700">{t(`awards.evidence.${key}`)}</dt>
            <dd className="text-std-17B-170">{value}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
