import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PrizeBadges } from '../../../components/prize-badges';
import { useLabels } from '../../../lib/labels';
import type { TemplateSummary } from '../../../types/schemas';

export function TemplateCard({ t }: { t: TemplateSummary }) {
  const { t: tr, i18n } = useTranslation();
  const labels = useLabels();
  const title = i18n.language === 'en' && t.titleEn ? t.titleEn : t.title;
  return (
    <li className="rounded-8 border border-solid-gray-420 p-4">
      <h3 className="text-std-20B-160">
        <Link to={`/templates/${t.id}`}>{title}</Link>
      </h3>
      <PrizeBadges prizes={t.prizes} />
      {t.summary && <p className="mt-1">{t.summary}</p>}
      <p className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-solid-gray-700">
        <span>{labels.ward(t.ownerWard)}</span>
        <span>{labels.platform(t.platform)}</span>
        <span>{labels.category(t.category)}</span>
        <span>
          {tr('templates.rating')}: {t.ratingAvg ?? '—'} ({t.ratingCount})
        </span>
        <span>
          {tr('templates.adoptions')}: {t.adoptionCount}
        </span>
      </p>
    </li>
  );
}
