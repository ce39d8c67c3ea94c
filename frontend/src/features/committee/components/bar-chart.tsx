import { BarElement, CategoryScale, Chart as ChartJS, LinearScale, Tooltip, type ChartOptions } from 'chart.js';
import { useRef, useState, type KeyboardEvent } from 'react';
import { Bar } from 'react-chartjs-2';
import { useTranslation } from 'react-i18next';

// Only what a bar chart with axes and tooltips needs (tree-shaken; this module is loaded lazily).
ChartJS.register(CategoryScale, LinearScale, BarElement, Tooltip);

export interface BarPoint {
  label: string;
  value: number;
}

/**
 * Monthly bars with labelled axes. The value of a month shows on hover, and on keyboard focus: the canvas
 * is focusable, the arrow keys move between months, and the value is also announced (aria-live). The
 * figure's table stays the accessible source of all values.
 */
export default function BarChart({ title, points }: { title: string; points: BarPoint[] }) {
  const { t } = useTranslation();
  const chart = useRef<ChartJS<'bar'>>(null);
  const [active, setActive] = useState<number | null>(null);

  const show = (index: number | null) => {
    setActive(index);
    const c = chart.current;
    if (!c) return;
    const elements = index === null ? [] : [{ datasetIndex: 0, index }];
    c.setActiveElements(elements);
    c.tooltip?.setActiveElements(elements, { x: 0, y: 0 });
    c.update();
  };
  const onKey = (e: KeyboardEvent) => {
    if (points.length === 0) return;
    const last = points.length - 1;
    const next = e.key === 'ArrowRight' ? Math.min(last, (active ?? -1) + 1)
      : e.key === 'ArrowLeft' ? Math.max(0, (active ?? 1) - 1)
        : e.key === 'Home' ? 0 : e.key === 'End' ? last : null;
    if (next === null) return;
    e.preventDefault();
    show(next);
  };

  const options: ChartOptions<'bar'> = {
    responsive: true,
    maintainAspectRatio: false,
    animation: false,
    plugins: { tooltip: { enabled: true, displayColors: false }, legend: { display: false } },
    scales: {
      x: { title: { display: true, text: t('committee.month') }, grid: { display: false } },
      y: { title: { display: true, text: t('committee.value') }, beginAtZero: true, ticks: { precision: 0 } },
    },
  };
  const data = {
    labels: points.map((p) => p.label),
    // DADS blue-900
    datasets: [{ label: title, data: points.map((p) => p.value), backgroundColor: '#0031d8', hoverBackgroundColor: '#00118f' }],
  };
  const current = active === null ? null : points[active];
  return (
    <div className="space-y-1">
      <div className="relative h-48">
        <Bar ref={chart} data={data} options={options} role="img" tabIndex={0} aria-label={t('committee.chartLabel', { title })}
          className="focus-visible:outline-4" onKeyDown={onKey} onFocus={() => show(active ?? 0)} onBlur={() => show(null)} />
      </div>
      <p aria-live="polite" className="min-h-6 text-solid-gray-700" data-testid="chart-value">
        {current ? t('committee.chartPoint', { month: current.label, value: current.value }) : ''}
      </p>
    </div>
  );
}
