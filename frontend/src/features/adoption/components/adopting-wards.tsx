import { useTranslation } from 'react-i18next';
import { ListSection } from '../../../components/publication-lists';
import { useLabels } from '../../../lib/labels';
import type { AdoptionView } from '../../../types/schemas';

/** The wards that adopted a template, with how far each got. */
export function AdoptingWards({ adoptions, total }: { adoptions: AdoptionView[]; total: number | undefined }) {
  const { t } = useTranslation();
  const labels = useLabels();
  return (
    <ListSection titleId="adoptions-title" heading={t('templates.adoptingWards')} testId="adopting-wards" listClass="flex flex-wrap gap-2"
      empty={total === 0} none={t('templates.noAdoptions')}>
      {adoptions.map((a) => (
        <li key={a.ward} className="rounded-4 bg-blue-50 px-2 py-1">
          {labels.ward(a.ward)}（{t(`adoptionStatus.${a.status}`)}）
        </li>
      ))}
    </ListSection>
  );
}
