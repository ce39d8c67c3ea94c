import { useTranslation } from 'react-i18next';
import { buttonSecondary, inputClass } from '../../../components/field';
import { ProblemAlert } from '../../../components/problem-alert';
import { useDownload } from '../../../lib/download';
import { awardsApi, PRIZES, type Results, type Round } from '../api';

/** The ranking, standardised and raw side by side; admin sets prizes while decided; winners once published. */
export function ResultsTable(props: { round: Round; results: Results; canSetPrize: boolean; onPrize: (entryId: string, prize: string | null) => void }) {
  const { t } = useTranslation();
  const csv = useDownload();
  const { round } = props;
  const items = props.results.items ?? [];
  const winners = items.filter((i) => i.prize);
  return (
    <section aria-labelledby="results-title" className="space-y-4">
      {props.round.phase === 'published' && winners.length > 0 && (
        <div className="space-y-2">
          <h2 className="text-std-24B-150">{t('awards.results.winners')}</h2>
          <ul className="space-y-1" data-testid="winners">
            {winners.map((w) => (
              <li key={w.entryId}>
                <span className="mr-2 rounded-4 bg-yellow-300 px-2 text-solid-gray-900">{t(`awards.prize.${w.prize}`)}</span>
                {w.title}（{w.ward}）
              </li>
            ))}
          </ul>
        </div>
      )}
      <div className="flex flex-wrap items-center justify-between gap-4">
        <h2 id="results-title" className="text-std-24B-150">
          {t('awards.results.title')}
        </h2>
        <button
          type="button"
          className={buttonSecondary}
          onClick={() => void csv.download((api) => awardsApi.resultsCsv(api, round.id ?? ''), `yokoten-award-FY${round.fiscalYear ?? 0}.csv`)}
        >
          {t('awards.results.csv')}
        </button>
      </div>
      <ProblemAlert error={csv.error} />
      <div className="overflow-x-auto">
        <table className="w-full border-collapse text-left">
          <thead>
            <tr className="border-b border-solid-gray-420">
              {['rank', 'rawRank', 'entry', 'ward', 'normalised', 'raw', 'sheets', 'flags', 'prize'].map((h) => (
                <th key={h} scope="col" className="p-2">
                  {t(`awards.results.${h}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {items.map((i) => (
              <tr key={i.entryId} className="border-b border-solid-gray-200">
                <td className="p-2">{i.rank}</td>
                <td className="p-2">{i.rawRank}</td>
                <td className="p-2">{i.title}</td>
                <td className="p-2">{i.ward}</td>
                <td className="p-2">{i.normalisedScore ?? '—'}</td>
                <td className="p-2">{i.rawScore ?? '—'}</td>
                <td className="p-2">{i.sheets}</td>
                <td className="p-2">{(i.flags ?? []).map((f) => t(`awards.results.${f}`)).join('、')}</td>
                <td className="p-2">
                  {props.canSetPrize ? (
                    <select
                      aria-label={`${t('awards.results.setPrize')}: ${i.title}`}
                      className={inputClass}
                      value={i.prize ?? ''}
                      onChange={(e) => props.onPrize(i.entryId ?? '', e.target.value || null)}
                    >
                      <option value="">{t('awards.results.noPrize')}</option>
                      {PRIZES.map((p) => (
                        <option key={p} value={p}>
                          {t(`awards.prize.${p}`)}
                        </option>
                      ))}
                    </select>
                  ) : i.prize ? (
                    t(`awards.prize.${i.prize}`)
                  ) : (
                    ''
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
