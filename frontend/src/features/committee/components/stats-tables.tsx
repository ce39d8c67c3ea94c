import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../../components/problem-alert';
import { useLabels } from '../../../lib/labels';
import { useQuery } from '../../../lib/use-api';
import { committeeApi, isTemplateSort, TEMPLATE_SORTS, type TemplateSort } from '../api';
import { CsvButton } from './csv-button';

/** Figures per template for a fiscal year, sortable, with the CSV of the same query. */
export function TemplateStatsSection({ fy }: { fy: number }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const [sort, setSort] = useState<TemplateSort>('crossWardAdoptions');
  const templates = useQuery((api) => committeeApi.templates(api, fy, sort), [fy, sort]);
  return (
    <section aria-labelledby="tpl-stats-title" className="space-y-2">
      <div className="flex flex-wrap items-center justify-between gap-4">
        <h2 id="tpl-stats-title" className="text-std-24B-150">
          {t('committee.templates')}
        </h2>
        <CsvButton fetchCsv={(api) => committeeApi.templatesCsv(api, fy, sort)} name={`yokoten-templates-FY${fy}.csv`} />
      </div>
      <ProblemAlert error={templates.error} />
      <label className="flex items-center gap-2">
        {t('search.sort')}
        <select className="rounded-8 border border-solid-gray-600 px-3 py-2" value={sort} onChange={(e) => isTemplateSort(e.target.value) && setSort(e.target.value)}>
          {TEMPLATE_SORTS.map((s) => (
            <option key={s} value={s}>{t(`committee.sorts.${s}`)}</option>
          ))}
        </select>
      </label>
      <div className="overflow-x-auto">
        <table className="w-full border-collapse text-left" data-testid="template-stats">
          <thead>
            <tr className="border-b border-solid-gray-420">
              {['title', 'ward', 'downloads', 'adoptions', 'crossWard', 'rating', 'hoursMeasured', 'hoursStories'].map((c) => (
                <th key={c} scope="col" className="px-2">{t(`committee.columns.${c}`)}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {templates.data?.items?.map((r) => (
              <tr key={r.templateId} className="border-b border-solid-gray-200">
                <td className="px-2">{r.title}</td>
                <td className="px-2">{labels.ward(r.ownerWard)}</td>
                <td className="px-2">{r.downloads}</td>
                <td className="px-2">{r.adoptions}</td>
                <td className="px-2">{r.crossWardAdoptions}</td>
                <td className="px-2">{r.ratingAvg ?? '—'}</td>
                <td className="px-2">{r.hoursMeasured}</td>
                <td className="px-2">{r.hoursStories ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

/** Figures per ward for a fiscal year, with the CSV of the same query. */
export function WardStatsSection({ fy }: { fy: number }) {
  const { t, i18n } = useTranslation();
  const en = i18n.language === 'en';
  const wards = useQuery((api) => committeeApi.wards(api, fy), [fy]);
  return (
    <section aria-labelledby="ward-stats-title" className="space-y-2">
      <div className="flex flex-wrap items-center justify-between gap-4">
        <h2 id="ward-stats-title" className="text-std-24B-150">
          {t('committee.wards')}
        </h2>
        <CsvButton fetchCsv={(api) => committeeApi.wardsCsv(api, fy)} name={`yokoten-wards-FY${fy}.csv`} />
      </div>
      <ProblemAlert error={wards.error} />
      <div className="overflow-x-auto">
        <table className="w-full border-collapse text-left">
          <thead>
            <tr className="border-b border-solid-gray-420">
              {['ward', 'published', 'made', 'received', 'crossGiven', 'crossReceived', 'hoursMeasured', 'stories', 'hoursStories'].map((c) => (
                <th key={c} scope="col" className="px-2">{t(`committee.wardColumns.${c}`)}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {wards.data?.map((w) => (
              <tr key={w.ward} className="border-b border-solid-gray-200">
                <th scope="row" className="px-2 font-normal">{en ? w.nameEn : w.nameJa}</th>
                <td className="px-2">{w.templatesPublished}</td>
                <td className="px-2">{w.adoptionsMade}</td>
                <td className="px-2">{w.adoptionsReceived}</td>
                <td className="px-2">{w.crossWardGiven}</td>
                <td className="px-2">{w.crossWardReceived}</td>
                <td className="px-2">{w.hoursSavedMeasured}</td>
                <td className="px-2">{w.storiesPublished}</td>
                <td className="px-2">{w.hoursSavedStories}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
