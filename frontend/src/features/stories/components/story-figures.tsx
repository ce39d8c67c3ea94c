import { useTranslation } from 'react-i18next';
import type { StorySummary } from '../../../types/schemas';

/** The before/after figures of a story: its field, label and unit, and how the edit form's keyboard types it. */
export const FIGURES = [
  { field: 'hoursSavedPerYear', label: 'stories.hours', unit: 'stories.hoursUnit', inputMode: 'decimal' },
  { field: 'costSavedYen', label: 'stories.cost', unit: 'stories.costUnit', inputMode: 'numeric' },
  { field: 'developmentDays', label: 'stories.days', unit: 'stories.daysUnit', inputMode: 'numeric' },
  { field: 'residentsReached', label: 'stories.residents', unit: 'stories.residentsUnit', inputMode: 'numeric' },
] as const;

/** Before/after figures as a definition list (read aloud as label and value); a figure not given is left out. */
export function StoryFigures({ story }: { story: StorySummary }) {
  const { t } = useTranslation();
  return (
    <dl className="grid grid-cols-2 gap-2">
      {FIGURES.filter(({ field }) => story[field] != null).map(({ field, label, unit }) => (
        <div key={label}>
          <dt className="text-solid-gray-700">{t(label)}</dt>
          <dd className="text-std-20B-160">
            {story[field]?.toLocaleString()} {t(unit)}
          </dd>
        </div>
      ))}
    </dl>
  );
}
