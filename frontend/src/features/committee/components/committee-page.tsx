import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../../components/problem-alert';
import { useQuery } from '../../../lib/use-api';
import { committeeApi, type Metric } from '../api';
import { MonthlyChart } from './monthly-chart';
import { TemplateStatsSection, WardStatsSection } from './stats-tables';

const SERIES: [Metric, string][] = [['downloads', 'downloads'], ['adoptions', 'adoptions'], ['cross_ward_adoptions', 'cross']];

function currentFiscalYear(): number {
  const now = new Date(Date.now() + 9 * 3600_000); // JST
  return now.getUTCMonth() >= 3 ? now.getUTCFullYear() : now.getUTCFullYear() - 1;
}

/** The award committee's dashboard for a chosen fiscal year; every chart also has its table. */
export function CommitteePage() {
  const { t, i18n } = useTranslation();
  const [fy, setFy] = useState(currentFiscalYear());
  const kpis = useQuery((api) => committeeApi.kpis(api, fy), [fy]);
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
        {SERIES.map(([metric, key]) => <Series key={metric} metric={metric} fy={fy} title={t(`committee.series.${key}`)} />)}
      </div>
      <TemplateStatsSection fy={fy} />
      <WardStatsSection fy={fy} />
    </section>
  );
}

function Series({ metric, fy, title }: { metric: Metric; fy: number; title: string }) {
  const series = useQuery((api) => committeeApi.series(api, metric, fy), [metric, fy]);
  return <MonthlyChart title={title} series={series.data} />;
}
