import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { buttonPrimary, buttonSecondary, Field, inputClass } from '../../../components/field';
import { ProblemAlert } from '../../../components/problem-alert';
import { ApiError } from '../../../lib/api-client';
import { useAuth } from '../../../lib/auth';
import { config } from '../../../lib/config';
import { renderMarkdown } from '../../../lib/markdown';
import { TemplateStories } from '../../stories/components/story-page';
import { saveBlob } from '../../../lib/save-blob';
import { useApi, useSend } from '../../../lib/use-api';
import type { components } from '../../../types/api';
import { useLabels, type TemplateDetail, type VersionView } from '../api';

type Page<T> = { items?: T[]; total?: number };
type Adoption = components['schemas']['AdoptionView'];
type Rating = components['schemas']['RatingView'];
type Me = components['schemas']['Me'];

/** Template detail: description, versions, download, import into my ward, adopting wards, ratings. */
export function TemplatePage() {
  const { id } = useParams();
  const { t, i18n } = useTranslation();
  const labels = useLabels();
  const { data: tpl, error, reload } = useApi<TemplateDetail>(`/templates/${id}`);
  const versions = useApi<Page<VersionView>>(`/templates/${id}/versions`);
  const adoptions = useApi<Page<Adoption>>(`/templates/${id}/adoptions`);
  const ratings = useApi<Page<Rating>>(`/templates/${id}/ratings`);
  const me = useApi<Me>('/me').data;

  if (error) return <ProblemAlert error={error} />;
  if (!tpl) return <p role="status">{t('auth.loading')}</p>;
  const title = i18n.language === 'en' && tpl.titleEn ? tpl.titleEn : tpl.title;
  const ownWard = me?.ward?.slug === tpl.ownerWard;
  const latest = versions.data?.items?.find((v) => v.status === 'approved');

  return (
    <article aria-labelledby="tpl-title" className="space-y-8">
      <header className="space-y-2">
        <h1 id="tpl-title" className="text-std-32B-150">
          {title}
        </h1>
        {tpl.status !== 'published' && (
          <p className="inline-block rounded-4 bg-yellow-100 px-2">{t(`status.${tpl.status}`)}</p>
        )}
        <p className="text-solid-gray-700">
          {labels.ward(tpl.ownerWard)} ・ {labels.platform(tpl.platform)} ・ {labels.category(tpl.category)}
        </p>
        {tpl.summary && <p className="text-std-17B-170">{tpl.summary}</p>}
        {tpl.byCertifiedDeveloper && (
          <p className="inline-block rounded-4 border border-green-900 px-2 text-green-1000" data-testid="certified-mark">{t('certifications.mark')}</p>
        )}
        {(tpl.solvedProposals?.proposals ?? 0) > 0 && (
          <p data-testid="solved-proposals">{t('proposals.solves', { count: tpl.solvedProposals?.proposals, wards: tpl.solvedProposals?.wards })}</p>
        )}
      </header>

      <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[12rem_1fr]">
        <dt className="text-std-16B-170">{t('templates.personalData')}</dt>
        <dd>
          {t(`personalData.${tpl.personalData}`)} {tpl.personalDataNote && `— ${tpl.personalDataNote}`}
        </dd>
        <dt className="text-std-16B-170">{t('templates.requirements')}</dt>
        <dd>{tpl.requirements || '—'}</dd>
        <dt className="text-std-16B-170">{t('templates.hoursSaved')}</dt>
        <dd>{tpl.hoursSavedPerYear ?? '—'}</dd>
        <dt className="text-std-16B-170">{t('templates.developmentDays')}</dt>
        <dd>{tpl.developmentDays ?? '—'}</dd>
        <dt className="text-std-16B-170">{t('templates.rating')}</dt>
        <dd data-testid="rating-summary">
          {tpl.ratingAvg ?? '—'} ({tpl.ratingCount})
        </dd>
      </dl>

      {tpl.description && (
        <section aria-labelledby="desc-title">
          <h2 id="desc-title" className="text-std-24B-150">
            {t('templates.description')}
          </h2>
          <div className="prose mt-2 space-y-2" data-testid="description" dangerouslySetInnerHTML={{ __html: renderMarkdown(tpl.description) }} />
        </section>
      )}

      {tpl.lastReview && (
        <section aria-labelledby="review-title" className="rounded-8 border border-solid-gray-420 p-4">
          <h2 id="review-title" className="text-std-20B-160">
            {t('templates.lastReview')}
          </h2>
          <p>
            {t(`review.decision.${tpl.lastReview.decision}`)} ({tpl.lastReview.version}) — {(tpl.lastReview.reasons ?? []).map((r) => t(`review.reasons.${r}`)).join('、')}
          </p>
          {tpl.lastReview.comment && <p>{tpl.lastReview.comment}</p>}
        </section>
      )}

      <section aria-labelledby="versions-title" className="space-y-2">
        <h2 id="versions-title" className="text-std-24B-150">
          {t('templates.versions')}
        </h2>
        <table className="w-full border-collapse text-left">
          <thead>
            <tr className="border-b border-solid-gray-420">
              <th scope="col">{t('templates.version')}</th>
              <th scope="col">{t('templates.status')}</th>
              <th scope="col">{t('templates.changelog')}</th>
              <th scope="col">{t('templates.file')}</th>
            </tr>
          </thead>
          <tbody>
            {versions.data?.items?.map((v) => (
              <tr key={v.version} className="border-b border-solid-gray-200">
                <td>{v.version}</td>
                <td>{t(`versionStatus.${v.status}`)}</td>
                <td>{v.changelog}</td>
                <td>
                  {v.status === 'withdrawn' ? (
                    v.withdrawnReason
                  ) : (
                    <DownloadButton templateId={tpl.id!} version={v.version!} fileName={v.fileName!} />
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      {tpl.status === 'published' && latest && me?.ward && (
        <ImportPanel templateId={tpl.id!} version={latest} fileName={latest.fileName!} onDone={() => { adoptions.reload(); reload(); }} />
      )}

      <TemplateStories templateId={tpl.id!} />

      <section aria-labelledby="adoptions-title" className="space-y-2">
        <h2 id="adoptions-title" className="text-std-24B-150">
          {t('templates.adoptingWards')}
        </h2>
        <ul className="flex flex-wrap gap-2" data-testid="adopting-wards">
          {adoptions.data?.items?.map((a) => (
            <li key={a.ward} className="rounded-4 bg-blue-50 px-2 py-1">
              {labels.ward(a.ward)}（{t(`adoptionStatus.${a.status}`)}）
            </li>
          ))}
          {adoptions.data?.total === 0 && <li>{t('templates.noAdoptions')}</li>}
        </ul>
      </section>

      <section aria-labelledby="ratings-title" className="space-y-4">
        <h2 id="ratings-title" className="text-std-24B-150">
          {t('templates.ratings')}
        </h2>
        {tpl.status === 'published' && !ownWard && <RatingForm templateId={tpl.id!} mine={ratings.data?.items?.find((r) => r.mine)} onDone={() => { ratings.reload(); reload(); }} />}
        <ul className="space-y-2">
          {ratings.data?.items?.map((r, i) => (
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
    </article>
  );
}

/** Downloads with the bearer token (a plain link cannot send it) and saves under the server's file name. */
export function useDownload() {
  const auth = useAuth();
  return async (templateId: string, version: string, fileName: string) => {
    const token = await auth.token();
    const response = await fetch(`${config.apiBase}/templates/${templateId}/versions/${encodeURIComponent(version)}/file`, {
      headers: token ? { Authorization: `Bearer ${token}` } : {},
    });
    if (!response.ok) throw new ApiError({ type: 'about:blank', title: response.statusText, status: response.status });
    saveBlob(await response.blob(), fileName);
  };
}

function DownloadButton({ templateId, version, fileName }: { templateId: string; version: string; fileName: string }) {
  const { t } = useTranslation();
  const download = useDownload();
  return (
    <button type="button" className="underline" onClick={() => void download(templateId, version, fileName)}>
      {t('templates.download', { file: fileName })}
    </button>
  );
}

/** "Import into my ward": downloads the file and records the adoption in one step, then lets the user update it. */
function ImportPanel({ templateId, version, fileName, onDone }: { templateId: string; version: VersionView; fileName: string; onDone: () => void }) {
  const { t } = useTranslation();
  const send = useSend();
  const download = useDownload();
  const [error, setError] = useState<ApiError | null>(null);
  const [done, setDone] = useState(false);
  const [status, setStatus] = useState('trial');
  const [hours, setHours] = useState('');

  const importNow = async () => {
    try {
      await download(templateId, version.version!, fileName);
      await send(`/templates/${templateId}/adoption`, 'PUT', { version: version.version });
      setDone(true);
      setError(null);
      onDone();
    } catch (e) {
      setError(e instanceof ApiError ? e : null);
    }
  };
  const update = async () => {
    try {
      await send(`/templates/${templateId}/adoption`, 'PUT', { version: version.version, status, hoursSavedPerYear: hours ? Number(hours) : null });
      setError(null);
      onDone();
    } catch (e) {
      setError(e instanceof ApiError ? e : null);
    }
  };
  return (
    <section aria-labelledby="import-title" className="space-y-4 rounded-8 border-2 border-blue-900 p-4">
      <h2 id="import-title" className="text-std-24B-150">
        {t('adoption.title')}
      </h2>
      <p>{t('adoption.lead')}</p>
      <button type="button" className={buttonPrimary} onClick={() => void importNow()}>
        {t('adoption.import', { version: version.version })}
      </button>
      {done && (
        <p role="status" className="text-std-16B-170">
          {t('adoption.recorded')}
        </p>
      )}
      <ProblemAlert error={error} />
      {done && (
        <div className="grid gap-4 sm:grid-cols-2">
          <Field label={t('adoption.status')}>
            {(a) => (
              <select {...a} className={inputClass} value={status} onChange={(e) => setStatus(e.target.value)}>
                {['trial', 'production', 'discontinued'].map((s) => (
                  <option key={s} value={s}>
                    {t(`adoptionStatus.${s}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t('adoption.hours')} support={t('adoption.hoursSupport')} error={error?.fieldError('hoursSavedPerYear')}>
            {(a) => <input {...a} className={inputClass} inputMode="decimal" value={hours} onChange={(e) => setHours(e.target.value)} />}
          </Field>
          <div>
            <button type="button" className={buttonSecondary} onClick={() => void update()}>
              {t('adoption.update')}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}

function RatingForm({ templateId, mine, onDone }: { templateId: string; mine?: Rating; onDone: () => void }) {
  const { t } = useTranslation();
  const send = useSend();
  const [stars, setStars] = useState(mine?.stars ?? 0);
  const [comment, setComment] = useState(mine?.comment ?? '');
  const [error, setError] = useState<ApiError | null>(null);
  const [saved, setSaved] = useState(false);
  const submit = async () => {
    try {
      await send(`/templates/${templateId}/rating`, 'PUT', { stars, comment: comment || null });
      setError(null);
      setSaved(true);
      onDone();
    } catch (e) {
      setError(e instanceof ApiError ? e : null);
    }
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
