import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Field, buttonPrimary, inputClass } from '../../../components/field';
import { ProblemAlert } from '../../../components/problem-alert';
import { useMutation } from '../../../lib/use-api';
import { awardsApi, CRITERIA, type Criterion, type Entry, type Round } from '../api';
import { EvidencePanel } from './evidence-panel';

/** A judge's queue: every entry they may score (never their own ward's), its evidence, and their sheet. */
export function JudgingQueue(props: { round: Round; entries: Entry[]; onSaved: () => void }) {
  const { t } = useTranslation();
  const scored = props.entries.filter((e) => e.myScore).length;
  return (
    <section aria-labelledby="judging-title" className="space-y-4">
      <h2 id="judging-title" className="text-std-24B-150">
        {t('awards.judging.title')}
      </h2>
      <p role="status" data-testid="judging-progress">
        {t('awards.judging.progress', { scored, total: props.entries.length })}
      </p>
      <ul className="space-y-6">
        {props.entries.map((e) => (
          <li key={e.id} className="space-y-3 rounded-8 border border-solid-gray-420 p-4">
            <h3 className="text-std-20B-150">
              {e.title} <span className="text-solid-gray-700">（{e.ward}）</span>
              {e.myScore && <span className="ml-2 rounded-4 bg-green-50 px-2 text-green-1000">{t('awards.judging.scored')}</span>}
            </h3>
            <p className="whitespace-pre-wrap">{e.statement}</p>
            <EvidencePanel evidence={e.evidence} />
            <ScoreSheet round={props.round} entry={e} onSaved={props.onSaved} />
          </li>
        ))}
      </ul>
    </section>
  );
}

function ScoreSheet({ round, entry, onSaved }: { round: Round; entry: Entry; onSaved: () => void }) {
  const { t } = useTranslation();
  const { run, error } = useMutation();
  const mine = entry.myScore;
  const [scores, setScores] = useState<Record<Criterion, string>>({
    workReduction: String(mine?.workReduction ?? ''),
    residentService: String(mine?.residentService ?? ''),
    originality: String(mine?.originality ?? ''),
  });
  const [comment, setComment] = useState(mine?.comment ?? '');
  const [saved, setSaved] = useState(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const body = {
      workReduction: Number(scores.workReduction),
      residentService: Number(scores.residentService),
      originality: Number(scores.originality),
      comment: comment || undefined,
    };
    if (!(await run((api) => awardsApi.score(api, round.id ?? '', entry.id ?? '', body))).ok) return;
    setSaved(true);
    onSaved();
  };
  const weight = (c: Criterion) => round.weights?.[c];
  return (
    <form onSubmit={(e) => void submit(e)} className="space-y-3" aria-label={`${t('awards.judging.title')}: ${entry.title}`}>
      <ProblemAlert error={error} />
      <div className="grid gap-4 sm:grid-cols-3">
        {CRITERIA.map((c) => (
          <Field key={c} label={t(`awards.judging.${c}`, { weight: weight(c) })} support={t(`awards.judging.${c}Help`)} required error={error?.fieldError(c)}>
            {(a) => (
              <select {...a} className={inputClass} value={scores[c]} onChange={(e) => setScores({ ...scores, [c]: e.target.value })}>
                <option value="">—</option>
                {[1, 2, 3, 4, 5].map((n) => (
                  <option key={n} value={n}>
                    {n}
                  </option>
                ))}
              </select>
            )}
          </Field>
        ))}
      </div>
      <Field label={t('awards.judging.comment')}>
        {(a) => <textarea {...a} rows={2} maxLength={2000} className={inputClass} value={comment} onChange={(e) => setComment(e.target.value)} />}
      </Field>
      <button type="submit" className={buttonPrimary}>
        {t('awards.judging.save')}
      </button>
      {saved && <p role="status">{t('awards.judging.saved')}</p>}
    </form>
  );
}
