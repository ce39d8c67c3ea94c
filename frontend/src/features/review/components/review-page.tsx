import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { buttonPrimary, buttonSecondary, Field, inputClass } from '../../../components/field';
import { ProblemAlert } from '../../../components/problem-alert';
import { useLabels } from '../../../lib/labels';
import { useMutation, useQuery } from '../../../lib/use-api';
import type { ReviewView as Review } from '../../../types/schemas';
import { reviewApi } from '../api';
import { Changes } from './changes';

/** Renders the governance findings of a template version (read-only), supplied by the page that composes this one. */
export type FindingsSlot = (templateId: string, version: string) => ReactNode;
const REASONS = ['personal-data', 'missing-description', 'security-setting', 'licence', 'other'] as const;

/** The CoE review queue, oldest first; approve, or reject with structured reasons. */
export function ReviewPage({ findings }: { findings: FindingsSlot }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const queue = useQuery((api) => reviewApi.pending(api), []);
  return (
    <section aria-labelledby="review-title" className="space-y-6">
      <h1 id="review-title" className="text-std-32B-150">
        {t('review.title')}
      </h1>
      <ProblemAlert error={queue.error} />
      <p role="status">{t('review.count', { count: queue.data?.total ?? 0 })}</p>
      <ol className="space-y-4">
        {queue.data?.items?.map((r) => (
          <li key={r.id} className="space-y-2 rounded-8 border border-solid-gray-420 p-4">
            <h2 className="text-std-20B-160">
              {r.subjectType === 'story' ? (
                <>{t('review.story')}: <Link to={`/stories/${r.subjectId}`}>{r.title}</Link></>
              ) : r.subjectType === 'article' ? (
                <>{t('review.article')}: <Link to={`/articles/${r.subjectId}`}>{r.title}</Link></>
              ) : (
                <>
                  <Link to={`/templates/${r.subjectId}`}>{r.title}</Link> <span className="font-normal">({r.version})</span>
                </>
              )}
            </h2>
            <p className="text-solid-gray-700">
              {labels.ward(r.ownerWard)} ・ {r.submittedByName} ・ {r.submittedAt ? new Date(r.submittedAt).toLocaleString() : ''}
            </p>
            {r.subjectType === 'template' && <WhatChanged review={r} />}
            {r.findings && <Findings review={r} panel={findings} />}
            <Decision review={r} onDone={queue.reload} />
          </li>
        ))}
      </ol>
    </section>
  );
}

/** What changed since the last approved version, loaded when opened. */
function WhatChanged({ review }: { review: Review }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <details onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary data-testid="what-changed">{t('review.changes.title')}</summary>
      {open && <Changes templateId={review.subjectId ?? ''} version={review.version ?? ''} />}
    </details>
  );
}

/** Counts in the queue; the list itself is fetched only when a reviewer opens it (no request per queue item). */
function Findings({ review, panel }: { review: Review; panel: FindingsSlot }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const f: Partial<NonNullable<Review['findings']>> = review.findings ?? {};
  return (
    <details onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary data-testid="finding-counts">
        {t('review.findings', { high: f.high, unjustified: f.unjustifiedHigh, medium: f.medium, info: f.info })}
      </summary>
      {open && panel(review.subjectId ?? '', review.version ?? '')}
    </details>
  );
}

function Decision({ review, onDone }: { review: Review; onDone: () => void }) {
  const { t } = useTranslation();
  const { run, error } = useMutation();
  const [reasons, setReasons] = useState<(typeof REASONS)[number][]>([]);
  const [comment, setComment] = useState('');
  const decide = async (decision: 'approve' | 'reject') => {
    const body = { decision, reasons, comment: comment || undefined };
    const id = review.subjectId ?? '';
    // One signature for the three: they answer different details, and the queue only needs to know it worked.
    const call: (...args: Parameters<typeof reviewApi.decideTemplate>) => Promise<unknown> =
      review.subjectType === 'story' ? reviewApi.decideStory
      : review.subjectType === 'article' ? reviewApi.decideArticle : reviewApi.decideTemplate;
    const answer = await run((api) => call(api, id, body));
    if (answer.ok) onDone();
  };
  return (
    <div className="space-y-3">
      <fieldset>
        <legend className="text-std-16B-170">{t('review.reasonsLabel')}</legend>
        <div className="flex flex-wrap gap-4">
          {REASONS.map((r) => (
            <label key={r} className="flex items-center gap-1">
              <input type="checkbox" checked={reasons.includes(r)}
                onChange={(e) => setReasons(e.target.checked ? [...reasons, r] : reasons.filter((x) => x !== r))} />
              {t(`review.reasons.${r}`)}
            </label>
          ))}
        </div>
      </fieldset>
      <Field label={t('review.comment')} error={error?.fieldError('comment')}>
        {(a) => <textarea {...a} className={inputClass} rows={2} value={comment} onChange={(e) => setComment(e.target.value)} />}
      </Field>
      <ProblemAlert error={error} />
      <div className="flex gap-4">
        <button type="button" className={buttonPrimary} onClick={() => void decide('approve')}>
          {t('review.approve')}
        </button>
        <button type="button" className={buttonSecondary} onClick={() => void decide('reject')}>
          {t('review.reject')}
        </button>
      </div>
    </div>
  );
}
