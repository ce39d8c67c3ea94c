import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { buttonPrimary, Field, inputClass } from '../../../components/field';
import { ProblemAlert } from '../../../components/problem-alert';
import { useLabels } from '../../../lib/labels';
import { useMutation, useQuery } from '../../../lib/use-api';
import type { RatingView } from '../../../types/schemas';
import { ratingApi } from '../api';

/** The ratings of a template and, when `canRate` (published, another ward's), my ward's rating form. */
export function Ratings({ templateId, canRate, onRated }: { templateId: string; canRate: boolean; onRated: () => void }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const ratings = useQuery((api) => ratingApi.ofTemplate(api, templateId), [templateId]);
  const items = ratings.data?.items ?? [];
  return (
    <section aria-labelledby="ratings-title" className="space-y-4">
      <h2 id="ratings-title" className="text-std-24B-150">
        {t('templates.ratings')}
      </h2>
      {canRate && ratings.data && (
        <RatingForm templateId={templateId} mine={items.find((r) => r.mine)} onDone={() => { ratings.reload(); onRated(); }} />
      )}
      <ul className="space-y-2">
        {items.map((r, i) => (
          <li key={i} className="rounded-8 border border-solid-gray-200 p-3">
            <p>
              <span role="img" aria-label={t('templates.stars', { count: r.stars })}>{'★'.repeat(r.stars ?? 0)}{'☆'.repeat(5 - (r.stars ?? 0))}</span>{' '}
              {r.userName}（{labels.ward(r.userWard)}）
            </p>
            {r.comment && <p className="whitespace-pre-wrap">{r.comment}</p>}
          </li>
        ))}
      </ul>
    </section>
  );
}

function RatingForm({ templateId, mine, onDone }: { templateId: string; mine?: RatingView; onDone: () => void }) {
  const { t } = useTranslation();
  const { run, error } = useMutation();
  const [stars, setStars] = useState(mine?.stars ?? 0);
  const [comment, setComment] = useState(mine?.comment ?? '');
  const [saved, setSaved] = useState(false);
  const submit = async () => {
    const answer = await run((api) => ratingApi.rate(api, templateId, { stars, comment: comment || undefined }));
    setSaved(answer.ok);
    if (answer.ok) onDone();
  };
  return (
    <form className="space-y-3 rounded-8 border border-solid-gray-420 p-4" onSubmit={(e) => { e.preventDefault(); void submit(); }}>
      <fieldset>
        <legend className="text-std-17B-170">{mine ? t('rating.change') : t('rating.rate')}</legend>
        <div className="flex gap-4">
          {[1, 2, 3, 4, 5].map((n) => (
            <label key={n} className="flex items-center gap-1">
              <input type="radio" name="stars" value={n} checked={stars === n} onChange={() => setStars(n)} />
              {t('templates.stars', { count: n })}
            </label>
          ))}
        </div>
      </fieldset>
      <Field label={t('rating.comment')} error={error?.fieldError('comment')}>
        {(a) => <textarea {...a} className={inputClass} rows={3} value={comment} onChange={(e) => setComment(e.target.value)} />}
      </Field>
      <ProblemAlert error={error} />
      {saved && <p role="status">{t('rating.saved')}</p>}
      <button type="submit" className={buttonPrimary} disabled={stars === 0}>
        {t('rating.submit')}
      </button>
    </form>
  );
}
