import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { buttonSecondary } from '../../../components/field';
import { ProblemAlert } from '../../../components/problem-alert';
import { useAuth } from '../../../lib/auth';
import { config } from '../../../lib/config';
import { saveBlob } from '../../../lib/save-blob';
import { useApi } from '../../../lib/use-api';
import type { components } from '../../../types/api';
import { useLabels } from '../../templates/api';

type Kpis = components['schemas']['KpiReport'];
type TemplateStats = components['schemas']['TemplateStats'];
type WardStats = components['schemas']['WardStats'];
type Series = components['schemas']['TimeSeries'];

function currentFiscalYear(): number {
  const now = new Date(Date.now() + 9 * 3600_000); // JST
  return now.getUTCMonth() >= 3 ? now.getUTCFullYear() : now.getUTCFullYear() - 1;
}

/** The award committee's dashboard for a chosen fiscal year; every chart also has its table. */
export function CommitteePage() {
  const { t, i18n } = useTranslation();
  const labels = useLabels();
  const [fy, setFy] = useState(currentFiscalYear());
  const [sort, setSort] = useState('crossWardAdoptions');
  const kpis = useApi<Kpis>(`/stats/kpis?fiscalYear=${fy}`);
  const templates = useApi<{ items?: TemplateStats[]; total?: number }>(`/stats/templates?fiscalYear=${fy}&sort=${sort}&size=20`);
  const wards = useApi<WardStats[]>(`/stats/wards?fiscalYear=${fy}`);
  const range = `from=${fy}-04&to=${fy + 1}-03`;
  const downloads = useApi<Series>(`/stats/timeseries?metric=downloads&${range}`);
  const adoptions = useApi<Series>(`/stats/timeseries?metric=adoptions&${range}`);
  const cross = useApi<Series>(`/stats/timeseries?metric=cross_ward_adoptions&${range}`);
  const en = i18n.language === 'en';

  return (
    <section aria-labelledby="committee-title" className="space-y-8">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <h1 id="committee-title" className="text-std-32B-150">
          {t('committee.title')}
        </h1>
        <label className="flex items-center gap-2">
          {t('committee.fiscalYear')}
          <select className="rounded-8 border border-solid-gray-600 px-3 py-2" value={fy} onChange={(e) => setFy(Number(e.target.value))}>
            {[0, 1, 2, 3].map((d) => (
              <option key={d} value={currentFiscalYear() - d}>
                {t('committee.fy', { year: currentFiscalYear() - d })}
              </option>
            ))}
          </select>
        </label>
      </div>
      <ProblemAlert error={kpis.error} />
      <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3" aria-label={t('committee.kpis')}>
        {kpis.data?.kpis?.map((k) => (
          <li key={k.id} className="rounded-8 border border-solid-gray-420 p-4" data-testid={`kpi-${k.id}`}>
            <p className="text-std-16B-170">{en ? k.labelEn : k.labelJa}</p>
            <p className="text-std-32B-150" data-testid={`kpi-value-${k.id}`}>
              {k.value === null || k.value === undefined ? '—' : k.unit === 'ratio' ? `${Math.round(Number(k.value) * 1000) / 10}%` : String(k.value)}
            </p>
            {k.target !== null && k.target !== undefined && (
              <p className={k.met ? 'text-green-900' : 'text-red-900'}>
                {t('committee.target', { target: k.unit === 'ratio' ? `${Number(k.target) * 100}%` : String(k.target) })} ・{' '}
                {k.met ? t('committee.met') : t('committee.notMet')}
              </p>
            )}
          </li>
        ))}
      </ul>
      <div className="grid gap-6 lg:grid-cols-3">
        {[downloads, adoptions, cross].map((s, i) => (
          <MonthlyChart key={i} title={t(`committee.series.${['downloads', 'adoptions', 'cross'][i]}`)} series={s.data} />
        ))}
      </div>
      <section aria-labelledby="tpl-stats-title" className="space-y-2">
        <div className="flex flex-wrap items-center justify-between gap-4">
          <h2 id="tpl-stats-title" className="text-std-24B-150">
            {t('committee.templates')}
          </h2>
          <CsvButton path={`/stats/templates?fiscalYear=${fy}&sort=${sort}`} name={`yokoten-templates-FY${fy}.csv`} />
        </div>
        <label className="flex items-center gap-2">
          {t('search.sort')}
          <select className="rounded-8 border border-solid-gray-600 px-3 py-2" value={sort} onChange={(e) => setSort(e.target.value)}>
            {['crossWardAdoptions', 'adoptions', 'downloads', 'views', 'rating', 'hoursMeasured'].map((s) => (
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
      <section aria-labelledby="ward-stats-title" className="space-y-2">
        <div className="flex flex-wrap items-center justify-between gap-4">
          <h2 id="ward-stats-title" className="text-std-24B-150">
            {t('committee.wards')}
          </h2>
          <CsvButton path={`/stats/wards?fiscalYear=${fy}`} name={`yokoten-wards-FY${fy}.csv`} />
        </div>
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
    </section>
  );
}

/** A bar chart drawn with CSS and, for screen readers and printing, the same figures as a table. */
function MonthlyChart({ title, series }: { title: string; series: Series | null }) {
  const { t } = useTranslation();
  const points = series?.points ?? [];
  const max = Math.max(1, ...points.map((p) => p.value ?? 0));
  return (
    <figure className="space-y-2 rounded-8 border border-solid-gray-420 p-4">
      <figcaption className="text-std-17B-170">{title}</figcaption>
      <div aria-hidden="true" className="flex h-32 items-end gap-1">
        {points.map((p) => (
          <div key={p.month} className="flex-1 bg-blue-900" style={{ height: `${((p.value ?? 0) / max) * 100}%` }} title={`${p.month}: ${p.value}`} />
        ))}
      </div>
      <details>
        <summary>{t('committee.showTable')}</summary>
        <table className="w-full text-left">
          <thead>
            <tr>
              <th scope="col">{t('committee.month')}</th>
              <th scope="col">{t('committee.value')}</th>
            </tr>
          </thead>
          <tbody>
            {points.map((p) => (
              <tr key={p.month}>
                <td>{p.month}</td>
                <td>{p.value}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}

function CsvButton({ path, name }: { path: string; name: string }) {
  const { t } = useTranslation();
  const auth = useAuth();
  const download = async () => {
    const token = await auth.token();
    const response = await fetch(config.apiBase + path, { headers: { Accept: 'text/csv', ...(token ? { Authorization: `Bearer ${token}` } : {}) } });
    saveBlob(await response.blob(), name);
  };
  return (
    <button type="button" className={buttonSecondary} onClick={() => void download()}>
      {t('committee.csv')}
    </button>
  );
}
