import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { buttonPrimary, Field, inputClass } from '../../../components/field';
import { ProblemAlert } from '../../../components/problem-alert';
import { useMutation, useQuery } from '../../../lib/use-api';
import { useLabels } from '../../../lib/labels';
import { proposalsApi } from '../api';

/** Posting a proposal; while the title is typed, similar proposals and templates show so people support instead. */
export function ProposalForm({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const names = useLabels();
  const { run, error } = useMutation();
  const [title, setTitle] = useState('');
  const [problem, setProblem] = useState('');
  const [idea, setIdea] = useState('');
  const [hours, setHours] = useState('');
  const [category, setCategory] = useState('');
  const [anonymous, setAnonymous] = useState(false);
  // Similar proposals and templates for the draft title; nothing is asked for until two characters are typed.
  const trimmed = title.trim();
  const similar = useQuery(trimmed.length >= 2 ? (api) => proposalsApi.similar(api, trimmed) : null, [trimmed]);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const answer = await run((api) => proposalsApi.create(api, { title, problem, idea, anonymous, category: category || undefined,
      expectedHoursSavedPerYear: hours ? Number(hours) : undefined }));
    if (answer.ok) onDone();
  };

  return (
    <form onSubmit={(e) => void submit(e)} className="space-y-4 rounded-8 border border-solid-gray-420 p-4" aria-labelledby="new-proposal">
      <h2 id="new-proposal" className="text-std-24B-150">{t('proposals.new')}</h2>
      <ProblemAlert error={error} />
      <Field label={t('proposals.fields.title')} required error={error?.fieldError('title')}>
        {(a) => <input {...a} className={inputClass} maxLength={120} value={title} onChange={(e) => setTitle(e.target.value)} />}
      </Field>
      <section aria-labelledby="similar-title" aria-live="polite" className="space-y-2 rounded-8 bg-solid-gray-50 p-4">
        <h3 id="similar-title" className="text-std-17B-170">{t('proposals.similarTitle')}</h3>
        <p>{t('proposals.similarHelp')}</p>
        {similar.data && (similar.data.proposals?.length ?? 0) + (similar.data.templates?.length ?? 0) === 0 && <p>{t('proposals.noSimilar')}</p>}
        {(similar.data?.proposals?.length ?? 0) > 0 && (
          <>
            <h4 className="text-std-16B-170">{t('proposals.similarProposals')}</h4>
            <ul className="list-disc pl-6" data-testid="similar-proposals">
              {similar.data?.proposals?.map((p) => (
                <li key={p.id}><Link to={`/proposals/${p.id}`}>{p.title}</Link>（{names.ward(p.authorWard)}）</li>
              ))}
            </ul>
          </>
        )}
        {(similar.data?.templates?.length ?? 0) > 0 && (
          <>
            <h4 className="text-std-16B-170">{t('proposals.similarTemplates')}</h4>
            <ul className="list-disc pl-6" data-testid="similar-templates">
              {similar.data?.templates?.map((tpl) => (
                <li key={tpl.id}><Link to={`/templates/${tpl.id}`}>{tpl.title}</Link>（{names.ward(tpl.ownerWard)}）</li>
              ))}
            </ul>
          </>
        )}
      </section>
      <Field label={t('proposals.fields.problem')} required error={error?.fieldError('problem')}>
        {(a) => <textarea {...a} className={inputClass} rows={4} maxLength={4000} value={problem} onChange={(e) => setProblem(e.target.value)} />}
      </Field>
      <Field label={t('proposals.fields.idea')} required error={error?.fieldError('idea')}>
        {(a) => <textarea {...a} className={inputClass} rows={4} maxLength={4000} value={idea} onChange={(e) => setIdea(e.target.value)} />}
      </Field>
      <Field label={t('proposals.fields.hours')} error={error?.fieldError('expectedHoursSavedPerYear')}>
        {(a) => <input {...a} type="number" min={0} step="0.5" className={inputClass} value={hours} onChange={(e) => setHours(e.target.value)} />}
      </Field>
      <Field label={t('proposals.fields.category')} error={error?.fieldError('category')}>
        {(a) => (
          <select {...a} className={inputClass} value={category} onChange={(e) => setCategory(e.target.value)}>
            <option value="">—</option>
            {names.categories.map((c) => <option key={c.slug} value={c.slug}>{names.category(c.slug)}</option>)}
          </select>
        )}
      </Field>
      <label className="flex items-center gap-2">
        <input type="checkbox" checked={anonymous} onChange={(e) => setAnonymous(e.target.checked)} />
        {t('proposals.fields.anonymous')}
      </label>
      <button type="submit" className={buttonPrimary}>{t('proposals.post')}</button>
    </form>
  );
}
