import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import type { TimeSeries } from '../../../types/schemas';
import { monthLabel } from './month-label';

// chart.js is ~70 kB gzipped: only the committee page loads it.
const BarChart = lazy(() => import('./bar-chart'));

/** A monthly series as a bar chart and, for screen readers and printing, the same figures as a table. */
export function MonthlyChart({ title, series }: { title: string; series: TimeSeries | null }) {
  const { t, i18n } = useTranslation();
  const points = (series?.points ?? []).map((p) => ({ month: p.month ?? '', label: monthLabel(p.month, i18n.language), value: p.value ?? 0 }));
  return (
    <figure className="space-y-2 rounded-8 border border-solid-gray-420 p-4">
      <figcaption className="text-std-17B-170">{title}</figcaption>
      <Suspense fallback={<div className="h-48" />}>
        <BarChart title={title} points={points} />
      </Suspense>
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
