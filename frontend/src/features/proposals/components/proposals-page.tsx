import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { buttonPrimary, buttonSecondary, Field, inputClass } from '../../../components/field';
import { ProblemAlert } from '../../../components/problem-alert';
import { useMutation, useQuery } from '../../../lib/use-api';
import { useLabels } from '../../../lib/labels';
import { proposalsApi, SORTS, STATUSES, type BoardQuery, type ProposalSummary } from '../api';
import { ProposalForm } from './proposal-form';

const EMPTY: BoardQuery = { q: '', status: '', ward: '', category: '', sort: 'newest', page: 0 };

/** The proposals board: search, filters, sorts (most wards first is what shows shared needs), posting and supporting. */
export function ProposalsPage() {
  const { t } = useTranslation();
  const names = useLabels();
  const [draft, setDraft] = useState<BoardQuery>(EMPTY);
  const [query, setQuery] = useState<BoardQuery>(EMPTY);
  const board = useQuery((api) => proposalsApi.board(api, query), [query]);
  const { run, error, setError } = useMutation();
  const [posting, setPosting] = useState(false);

  const apply = (e: FormEvent) => {
    e.preventDefault();
    setQuery({ ...draft, page: 0 });
  };
  const toggle = async (p: ProposalSummary) => {
    setError(null);
    const id = p.id ?? '';
    const answer = await run((api) => (p.supportedByMe ? proposalsApi.withdraw(api, id) : proposalsApi.support(api, id)));
    if (answer.ok) board.reload();
  };
  const total = board.data?.total ?? 0;
  const size = board.data?.size ?? 20;

  return (
    <section aria-labelledby="proposals-title" className="space-y-6">
      <h1 id="proposals-title" className="text-std-32B-150">
        {t('proposals.title')}
      </h1>
      <p>{t('proposals.intro')}</p>
      {posting ? (
        <ProposalForm onDone={() => { setPosting(false); board.reload(); }} />
      ) : (
        <button type="button" className={buttonPrimary} onClick={() => setPosting(true)}>
          {t('proposals.new')}
        </button>
      )}
      <form role="search" onSubmit={apply} className="grid gap-4 sm:grid-cols-3">
        <Field label={t('proposals.search')}>
          {(a) => <input {...a} className={inputClass} value={draft.q} onChange={(e) => setDraft({ ...draft, q: e.target.value })} />}
        </Field>
        <Field label={t('proposals.status')}>
          {(a) => (
            <select {...a} className={inputClass} value={draft.status} onChange={(e) => setDraft({ ...draft, status: e.target.value })}>
              <option value="">{t('proposals.any')}</option>
              {STATUSES.map((s) => <option key={s} value={s}>{t(`proposals.statuses.${s}`)}</option>)}
            </select>
          )}
        </Field>
        <Field label={t('proposals.ward')}>
          {(a) => (
            <select {...a} className={inputClass} value={draft.ward} onChange={(e) => setDraft({ ...draft, ward: e.target.value })}>
              <option value="">{t('proposals.any')}</option>
              {names.wards.map((w) => <option key={w.slug} value={w.slug}>{names.ward(w.slug)}</option>)}
            </select>
          )}
        </Field>
        <Field label={t('proposals.category')}>
          {(a) => (
            <select {...a} className={inputClass} value={draft.category} onChange={(e) => setDraft({ ...draft, category: e.target.value })}>
              <option value="">{t('proposals.any')}</option>
              {names.categories.map((c) => <option key={c.slug} value={c.slug}>{names.category(c.slug)}</option>)}
            </select>
          )}
        </Field>
        <Field label={t('proposals.sort')}>
          {(a) => (
            <select {...a} className={inputClass} value={draft.sort} onChange={(e) => setDraft({ ...draft, sort: e.target.value })}>
              {SORTS.map((s) => <option key={s} value={s}>{t(`proposals.sorts.${s}`)}</option>)}
            </select>
          )}
        </Field>
        <div className="flex items-end">
          <button type="submit" className={buttonSecondary}>{t('proposals.apply')}</button>
        </div>
      </form>
      <ProblemAlert error={error ?? board.error} />
      <p role="status">{t('proposals.results', { count: total })}</p>
      <ul className="space-y-4" data-testid="proposal-list">
        {board.data?.items?.map((p) => (
          <li key={p.id} className="rounded-8 border border-solid-gray-420 p-4">
            <h2 className="text-std-20B-160">
              <Link to={`/proposals/${p.id}`}>{p.title}</Link>
            </h2>
            <p className="text-solid-gray-700">
              {names.ward(p.authorWard)} ・ {p.authorName ?? t('proposals.anonymousAuthor')} ・ {t(`proposals.statuses.${p.status}`)}
              {p.category && <> ・ {names.category(p.category)}</>}
            </p>
            <p>
              {t('proposals.supporters', { count: p.supporters })} ・ {t('proposals.supportingWards', { count: p.supportingWards })}
            </p>
            {!p.mine && ['open', 'accepted', 'in_development'].includes(p.status ?? '') && (
              <button type="button" className={buttonSecondary} onClick={() => void toggle(p)} aria-pressed={p.supportedByMe}>
                {p.supportedByMe ? t('proposals.withdraw') : t('proposals.support')}
              </button>
            )}
          </li>
        ))}
        {board.data && total === 0 && <li>{t('proposals.none')}</li>}
      </ul>
      <nav aria-label={t('proposals.pages')} className="flex gap-4">
        <button type="button" className={buttonSecondary} disabled={query.page === 0} onClick={() => setQuery({ ...query, page: query.page - 1 })}>
          {t('proposals.prev')}
        </button>
        <button type="button" className={buttonSecondary} disabled={(query.page + 1) * size >= total}
          onClick={() => setQuery({ ...query, page: query.page + 1 })}>
          {t('proposals.next')}
        </button>
      </nav>
    </section>
  );
}
