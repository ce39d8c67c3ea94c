import { useTranslation } from 'react-i18next';

/** Colour plus a symbol plus words: the status reads without colour (WCAG 1.4.1); contrast ≥ 4.5:1 on each fill. */
const STYLES: Record<string, { className: string; symbol: string }> = {
  production: { className: 'bg-green-900 text-white border-green-900', symbol: '●' },
  trial: { className: 'bg-blue-100 text-blue-1000 border-blue-900', symbol: '◐' },
  planned: { className: 'bg-yellow-100 text-solid-gray-900 border-yellow-900 border-dashed', symbol: '○' },
  not_started: { className: 'bg-white text-solid-gray-700 border-solid-gray-420', symbol: '－' },
};

export function StatusBadge({ status }: { status: string }) {
  const { t } = useTranslation();
  const style = STYLES[status] ?? STYLES.not_started;
  return (
    <span className={`inline-flex items-center gap-1 rounded-4 border-2 px-2 text-std-16B-170 ${style.className}`}>
      <span aria-hidden="true">{style.symbol}</span>
      {t(`projects.status.${status}`)}
    </span>
  );
}
