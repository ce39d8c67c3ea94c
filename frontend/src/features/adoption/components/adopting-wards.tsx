import { useTranslation } from 'react-i18next';
import { useLabels } from '../../../lib/labels';
import type { AdoptionView } from '../../../types/schemas';

/** The wards that adopted a template, with how far each got. */
export function AdoptingWards({ adoptions, total }: { adoptions: AdoptionView[]; total: number | undefined }) {
  const { t } = useTranslation();
  const labels = useLabels();
  return (
    <section aria-labelledby="adoptions-title" className="space-y-2">
      <h2 id="adoptions-title" className="text-std-24B-150">
        {t('templates.adoptingWards')}
      </h2>
      <ul className="flex flex-wrap gap-2" data-testid="adopting-wards">
        {adoptions.map((a) => (
          <li key={a.ward} className="rounded-4 bg-blue-50 px-2 py-1">
            {labels.ward(a.ward)}（{t(`adoptionStatus.${a.status}`)}）
          </li>
        ))}
        {total === 0 && <li>{t('templates.noAdoptions')}</li>}
      </ul>
    </section>
  );
}
