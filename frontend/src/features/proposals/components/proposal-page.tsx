import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { buttonPrimary, buttonSecondary, Field, inputClass } from '../../../components/field';
import { ProblemAlert } from '../../../components/problem-alert';
import { useMutation, useQuery } from '../../../lib/use-api';
import { useLabels } from '../../../lib/labels';
import { proposalsApi, STATUSES, type ProposalDetail } from '../api';

/** One proposal: the text, who supports it, the answer with the solving template, and the status history. */
export function ProposalPage() {
  const { id } = useParams();
  const { t } = useTranslation();
  const names = useLabels();
  const { data: p, error, reload } = useQuery(id ? (api) => proposalsApi.get(api, id) : null, [id]);
  const { run, error: actionError, setError: setActionError } = useMutation();
  if (error) return <ProblemAlert error={error} />;
  if (!p) return <p role="status">{t('auth.loading')}</p>;

  const toggle = async () => {
    setActionError(null);
    const pid = p.id ?? '';
    const answer = await run((api) => (p.supportedByMe ? proposalsApi.withdraw(api, pid) : proposalsApi.support(api, pid)));
    if (answer.ok) reload();
  };
  const closed = ['solved', 'declined', 'duplicate'].includes(p.status ?? '');

  return (
    <article aria-labelledby="proposal-title" className="max-w-3xl space-y-6">
      <p><Link to="/proposals">{t('proposals.back')}</Link></p>
      <h1 id="proposal-title" className="text-std-32B-150">{p.title}</h1>
      <p className="text-solid-gray-700">
        {names.ward(p.authorWard)} ・ {p.authorName ?? t('proposals.anonymousAuthor')} ・{' '}
        <span data-testid="proposal-status">{t(`proposals.statuses.${p.status}`)}</span>
      </p>
      <p data-testid="proposal-counts">
        {t('proposals.supporters', { count: p.supporters })} ・ {t('proposals.supportingWards', { count: p.supportingWards })}
      </p>
      <ProblemAlert error={actionError} />
      {!p.mine && !closed && (
        <button type="button" className={buttonSecondary} aria-pressed={p.supportedByMe} onClick={() => void toggle()}>
          {p.supportedByMe ? t('proposals.withdraw') : t('proposals.support')}
        </button>
      )}
      <section aria-labelledby="p-problem" className="space-y-2">
        <h2 id="p-problem" className="text-std-24B-150">{t('proposals.problem')}</h2>
        <p className="whitespace-pre-wrap">{p.problem}</p>
      </section>
      <section aria-labelledby="p-idea" className="space-y-2">
        <h2 id="p-idea" className="text-std-24B-150">{t('proposals.idea')}</h2>
        <p className="whitespace-pre-wrap">{p.idea}</p>
      </section>
      <section aria-labelledby="p-wards" className="space-y-2">
        <h2 id="p-wards" className="text-std-24B-150">{t('proposals.wards')}</h2>
        <p>{(p.wards ?? []).map((w) => names.ward(w)).join('、')}</p>
      </section>
      {(p.answer || p.template || p.duplicateOf) && (
        <section aria-labelledby="p-answer" className="space-y-2 rounded-8 bg-solid-gray-50 p-4">
          <h2 id="p-answer" className="text-std-24B-150">{t('proposals.answer')}</h2>
          {p.answer && <p className="whitespace-pre-wrap">{p.answer}</p>}
          {p.template && (
            <p>
              {t('proposals.solvedBy')}: <Link to={`/templates/${p.template.id}`}>{p.template.title}</Link>（{names.ward(p.template.ownerWard)}）
            </p>
          )}
          {p.duplicateOf && (
            <p>{t('proposals.duplicateOf')}: <Link to={`/proposals/${p.duplicateOf}`}>{p.duplicateOf}</Link></p>
          )}
        </section>
      )}
      <section aria-labelledby="p-history" className="space-y-2">
        <h2 id="p-history" className="text-std-24B-150">{t('proposals.history')}</h2>
        {(p.history ?? []).length === 0 ? <p>{t('proposals.noHistory')}</p> : (
          <ol className="list-decimal pl-6" data-testid="proposal-history">
            {(p.history ?? []).map((h) => (
              <li key={h.at}>
                {h.at ? new Date(h.at).toLocaleDateString() : ''} {t(`proposals.statuses.${h.fromStatus}`)} → {t(`proposals.statuses.${h.toStatus}`)}
                （{h.byName}{h.byWard && `・${names.ward(h.byWard)}`}）{h.answer && `: ${h.answer}`}
              </li>
            ))}
          </ol>
        )}
      </section>
      {p.answerable && <StatusForm proposal={p} onDone={reload} />}
    </article>
  );
}

/** For publishers of the author's ward and operators: move the proposal forward with an answer. */
function StatusForm({ proposal, onDone }: { proposal: ProposalDetail; onDone: () => void }) {
  const { t } = useTranslation();
  const { run, error, setError } = useMutation();
  const next = STATUSES.slice(STATUSES.findIndex((s) => s === proposal.status) + 1);
  const [status, setStatus] = useState<string>(next[0] ?? '');
  const [answer, setAnswer] = useState('');
  const [templateId, setTemplateId] = useState('');
  const [duplicateOf, setDuplicateOf] = useState('');

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    const result = await run((api) => proposalsApi.setStatus(api, proposal.id ?? '', {
      status,
      answer: answer || undefined,
      templateId: status === 'solved' ? templateId.trim() || undefined : undefined,
      duplicateOf: status === 'duplicate' ? duplicateOf.trim() || undefined : undefined,
    }));
    if (!result.ok) return;
    setAnswer('');
    onDone();
  };

  return (
    <form onSubmit={(e) => void submit(e)} aria-labelledby="status-form" className="space-y-4 rounded-8 border border-solid-gray-420 p-4">
      <h2 id="status-form" className="text-std-24B-150">{t('proposals.changeStatus')}</h2>
      <ProblemAlert error={error} />
      <Field label={t('proposals.newStatus')} required error={error?.fieldError('status')}>
        {(a) => (
          <select {...a} className={inputClass} value={status} onChange={(e) => setStatus(e.target.value)}>
            {next.map((s) => <option key={s} value={s}>{t(`proposals.statuses.${s}`)}</option>)}
          </select>
        )}
      </Field>
      <Field label={t('proposals.answerField')} support={t('proposals.answerHelp')} required={['solved', 'declined', 'duplicate'].includes(status)}
        error={error?.fieldError('answer')}>
        {(a) => <textarea {...a} className={inputClass} rows={3} maxLength={4000} value={answer} onChange={(e) => setAnswer(e.target.value)} />}
      </Field>
      {status === 'solved' && (
        <Field label={t('proposals.templateId')} required error={error?.fieldError('templateId')}>
          {(a) => <input {...a} className={inputClass} value={templateId} onChange={(e) => setTemplateId(e.target.value)} />}
        </Field>
      )}
      {status === 'duplicate' && (
        <Field label={t('proposals.duplicateId')} required error={error?.fieldError('duplicateOf')}>
          {(a) => <input {...a} className={inputClass} value={duplicateOf} onChange={(e) => setDuplicateOf(e.target.value)} />}
        </Field>
      )}
      <button type="submit" className={buttonPrimary}>{t('proposals.save')}</button>
    </form>
  );
}
