import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { buttonPrimary, buttonSecondary } from '../../../components/field';
import { ProblemAlert } from '../../../components/problem-alert';
import type { Api } from '../../../lib/api-client';
import { useMe } from '../../../lib/me';
import { useMutation, useQuery } from '../../../lib/use-api';
import { awardsApi, nextPhase, type Entry, type Round } from '../api';
import { EntryForm } from './entry-form';
import { EvidencePanel } from './evidence-panel';
import { JudgingQueue } from './judging-queue';
import { ResultsTable } from './results-table';

/** One round, per phase and role: entry form, judging queue, results and prizes, winners. */
export function RoundPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const { me } = useMe();
  const round = useQuery(id ? (api) => awardsApi.round(api, id) : null, [id]);
  const entries = useQuery(id ? (api) => awardsApi.entries(api, id) : null, [id]);
  const mutation = useMutation();
  const roles = me?.roles ?? [];
  const admin = roles.includes('admin');
  const judge = roles.includes('award_committee');
  const publisher = roles.includes('publisher') && !!me?.ward;
  const r = round.data;
  const phase = r?.phase ?? 'draft';
  const resultsVisible = phase === 'published' || (phase === 'decided' && (admin || judge));
  const results = useQuery(id && resultsVisible ? (api) => awardsApi.results(api, id) : null, [id, resultsVisible]);
  const next = nextPhase(phase);

  const run = async (work: (api: Api) => Promise<unknown>) => {
    if (!(await mutation.run(work)).ok) return;
    round.reload();
    entries.reload();
    results.reload();
  };

  if (!r) return <ProblemAlert error={round.error} />;
  return (
    <section aria-labelledby="round-title" className="space-y-8">
      <div className="space-y-2">
        <h1 id="round-title" className="text-std-32B-150">
          {r.title}
        </h1>
        <p>
          {t('awards.fy', { year: r.fiscalYear })} ・ {t('awards.phaseLabel')}: <strong data-testid="round-phase">{t(`awards.phase.${phase}`)}</strong>
        </p>
      </div>
      <ProblemAlert error={mutation.error} />
      {admin && next && (
        <div className="space-y-2 rounded-8 bg-solid-gray-50 p-4">
          <p>{t('awards.moveNote')}</p>
          <button type="button" className={buttonPrimary} onClick={() => void run((api) => awardsApi.move(api, r.id ?? '', next))}>
            {t('awards.move', { phase: t(`awards.phase.${next}`) })}
          </button>
        </div>
      )}
      {phase === 'open' && publisher && (
        <EntryForm ward={me?.ward?.slug} onEnter={(subject, statement) => run((api) => awardsApi.enter(api, r.id ?? '', subject, statement))} />
      )}
      {phase === 'judging' && judge ? (
        <JudgingQueue round={r} entries={entries.data?.items ?? []} onSaved={entries.reload} />
      ) : (
        <EntryList
          round={r}
          entries={entries.data?.items ?? []}
          canWithdraw={(e) => phase === 'open' && publisher && e.ward === me?.ward?.slug}
          onWithdraw={(e) => void run((api) => awardsApi.withdraw(api, r.id ?? '', e.id ?? ''))}
        />
      )}
      {resultsVisible && results.data && (
        <ResultsTable
          round={r}
          results={results.data}
          canSetPrize={admin && phase === 'decided'}
          onPrize={(entryId, prize) => void run((api) => awardsApi.prize(api, r.id ?? '', entryId, prize))}
        />
      )}
    </section>
  );
}

function EntryList(props: { round: Round; entries: Entry[]; canWithdraw: (e: Entry) => boolean; onWithdraw: (e: Entry) => void }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="entries-title" className="space-y-4">
      <h2 id="entries-title" className="text-std-24B-150">
        {t('awards.entries')}
      </h2>
      {props.entries.length === 0 && <p>{t('awards.noEntries')}</p>}
      <ul className="space-y-3">
        {props.entries.map((e) => (
          <li key={e.id} className="space-y-2 rounded-8 border border-solid-gray-420 p-4">
            <p className="text-std-17B-170">
              {e.title} <span className="text-solid-gray-700">（{e.ward}）</span>
              {e.prize && <span className="ml-2 rounded-4 bg-yellow-300 px-2 text-solid-gray-900">{t(`awards.prize.${e.prize}`)}</span>}
            </p>
            <p className="whitespace-pre-wrap">{e.statement}</p>
            {props.round.phase !== 'open' && <EvidencePanel evidence={e.evidence} />}
            {props.canWithdraw(e) && (
              <button type="button" className={buttonSecondary} onClick={() => props.onWithdraw(e)}>
                {t('awards.withdraw')}
              </button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
