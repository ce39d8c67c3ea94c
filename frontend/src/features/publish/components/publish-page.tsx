import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { buttonPrimary, Field, inputClass } from '../../../components/field';
import { ProblemAlert } from '../../../components/problem-alert';
import { ApiError, apiFetchTagged } from '../../../lib/api-client';
import { useAuth } from '../../../lib/auth';
import { useApi, useSend } from '../../../lib/use-api';
import type { components } from '../../../types/api';
import { useLabels, type SearchResult, type TemplateDetail } from '../../templates/api';
import type { StorySummary } from '../../stories/components/story-page';

type Me = components['schemas']['Me'];
const STATUSES = ['draft', 'in_review', 'rejected', 'published', 'archived'] as const;

/** A publisher's own ward's templates by status. */
export function PublishPage() {
  const { t } = useTranslation();
  const me = useApi<Me>('/me').data;
  const [status, setStatus] = useState<string>('draft');
  const ward = me?.ward?.slug;
  const { data, error } = useApi<SearchResult>(ward ? `/templates?ward=${ward}&status=${status}&size=100` : null);
  const stories = useApi<{ items?: StorySummary[]; total?: number }>(ward ? `/stories?ward=${ward}&status=${status}&size=100` : null);
  return (
    <section aria-labelledby="publish-title" className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-4">
        <h1 id="publish-title" className="text-std-32B-150">
          {t('publish.title')}
        </h1>
        <Link to="/publish/new" className={buttonPrimary + ' no-underline'}>
          {t('publish.new')}
        </Link>
      </div>
      <div role="group" aria-label={t('templates.status')} className="flex flex-wrap gap-2">
        {STATUSES.map((s) => (
          <button key={s} type="button" aria-pressed={status === s} onClick={() => setStatus(s)}
            className={`rounded-8 border px-4 py-2 ${status === s ? 'border-blue-900 bg-blue-900 text-white' : 'border-solid-gray-600'}`}>
            {t(`status.${s}`)}
          </button>
        ))}
      </div>
      <ProblemAlert error={error} />
      <ul className="space-y-2">
        {data?.items?.map((item) => (
          <li key={item.id}>
            <Link to={`/publish/${item.id}`}>{item.title}</Link>
          </li>
        ))}
        {data?.total === 0 && <li>{t('publish.none')}</li>}
      </ul>
      <div className="flex flex-wrap items-center justify-between gap-4">
        <h2 className="text-std-24B-150">{t('publish.stories')}</h2>
        <Link to="/publish/stories/new" className={buttonPrimary + ' no-underline'}>
          {t('publish.newStory')}
        </Link>
      </div>
      <ProblemAlert error={stories.error} />
      <ul className="space-y-2" data-testid="my-stories">
        {stories.data?.items?.map((item) => (
          <li key={item.id}>
            <Link to={`/publish/stories/${item.id}`}>{item.title}</Link>
          </li>
        ))}
        {stories.data?.total === 0 && <li>{t('publish.noStories')}</li>}
      </ul>
    </section>
  );
}

const DRAFT_KEY = 'yokoten.newTemplateDraft';
const EMPTY_FORM = { title: '', titleEn: '', summary: '', description: '', platform: 'kintone', category: 'general-affairs',
  personalData: 'none', personalDataNote: '', tags: '', hoursSavedPerYear: '', developmentStartedOn: '', releasedOn: '' };

/**
 * Create a template, or edit a draft or rejected one (/publish/:id/edit): the DADS form pattern, errors from
 * problem+json bound to their fields; edits send the ETag as If-Match so nobody overwrites a newer version.
 */
export function NewTemplatePage() {
  const { id } = useParams();
  const { t } = useTranslation();
  const labels = useLabels();
  const send = useSend();
  const auth = useAuth();
  const navigate = useNavigate();
  const draftKey = id ? `${DRAFT_KEY}.${id}` : DRAFT_KEY;
  // Kept in sessionStorage while typing: if the session expires and Keycloak sends the user to log in
  // again, the form comes back as it was.
  const [form, setForm] = useState(() => ({ ...EMPTY_FORM, ...JSON.parse(sessionStorage.getItem(draftKey) ?? '{}') }));
  useEffect(() => sessionStorage.setItem(draftKey, JSON.stringify(form)), [draftKey, form]);
  const [etag, setEtag] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const set = (key: keyof typeof form) => (e: { target: { value: string } }) => {
    sessionStorage.setItem(draftKey + '.dirty', '1');
    setForm({ ...form, [key]: e.target.value });
  };
  useEffect(() => {
    if (!id || auth.state.status !== 'authenticated') return;
    apiFetchTagged<TemplateDetail>(`/templates/${id}`, auth.token).then(({ data, etag: tag }) => {
      setEtag(tag);
      if (!sessionStorage.getItem(draftKey + '.dirty')) setForm(formOf(data));
    }, (e: unknown) => setError(e instanceof ApiError ? e : null));
  }, [id, auth, draftKey]);

  const submit = async () => {
    const body: Record<string, unknown> = {
      title: form.title, titleEn: form.titleEn || null, summary: form.summary || null, description: form.description || null,
      platform: form.platform, category: form.category, personalData: form.personalData, personalDataNote: form.personalDataNote || null,
      tags: form.tags.split(/[,、\s]+/).filter(Boolean),
      hoursSavedPerYear: form.hoursSavedPerYear ? Number(form.hoursSavedPerYear) : null,
      developmentStartedOn: form.developmentStartedOn || null, releasedOn: form.releasedOn || null,
    };
    try {
      const saved = id
        ? await send<TemplateDetail>(`/templates/${id}`, 'PATCH', body, { 'Content-Type': 'application/merge-patch+json', 'If-Match': etag ?? '' })
        : await send<TemplateDetail>('/templates', 'POST', body);
      sessionStorage.removeItem(draftKey);
      sessionStorage.removeItem(draftKey + '.dirty');
      navigate(`/publish/${saved.id}`);
    } catch (e) {
      setError(e instanceof ApiError ? e : null);
    }
  };
  const err = (f: string) => error?.fieldError(f);

  return (
    <section aria-labelledby="new-title" className="max-w-3xl space-y-6">
      <h1 id="new-title" className="text-std-32B-150">
        {id ? t('publish.edit') : t('publish.new')}
      </h1>
      <form className="space-y-6" noValidate onSubmit={(e) => { e.preventDefault(); void submit(); }}>
        <Field label={t('form.title')} required support={t('form.titleSupport')} error={err('title')}>
          {(a) => <input {...a} name="title" className={inputClass} value={form.title} onChange={set('title')} maxLength={120} />}
        </Field>
        <Field label={t('form.titleEn')} error={err('titleEn')}>
          {(a) => <input {...a} name="titleEn" className={inputClass} value={form.titleEn} onChange={set('titleEn')} />}
        </Field>
        <Field label={t('form.summary')} support={t('form.summarySupport')} error={err('summary')}>
          {(a) => <input {...a} name="summary" className={inputClass} value={form.summary} onChange={set('summary')} maxLength={200} />}
        </Field>
        <Field label={t('form.description')} support={t('form.descriptionSupport')} error={err('description')}>
          {(a) => <textarea {...a} name="description" className={inputClass} rows={6} value={form.description} onChange={set('description')} />}
        </Field>
        <div className="grid gap-6 sm:grid-cols-2">
          <Field label={t('search.facet.platform')} required error={err('platform')}>
            {(a) => (
              <select {...a} name="platform" className={inputClass} value={form.platform} onChange={set('platform')}>
                {labels.platforms.map((p) => <option key={p.slug} value={p.slug}>{labels.platform(p.slug)}</option>)}
              </select>
            )}
          </Field>
          <Field label={t('search.facet.category')} required error={err('category')}>
            {(a) => (
              <select {...a} name="category" className={inputClass} value={form.category} onChange={set('category')}>
                {labels.categories.map((c) => <option key={c.slug} value={c.slug}>{labels.category(c.slug)}</option>)}
              </select>
            )}
          </Field>
        </div>
        <Field label={t('form.tags')} support={t('form.tagsSupport')} error={err('tags')}>
          {(a) => <input {...a} name="tags" className={inputClass} value={form.tags} onChange={set('tags')} />}
        </Field>
        <Field label={t('templates.personalData')} required error={err('personalData')}>
          {(a) => (
            <select {...a} name="personalData" className={inputClass} value={form.personalData} onChange={set('personalData')}>
              {['none', 'anonymised', 'contains'].map((p) => <option key={p} value={p}>{t(`personalData.${p}`)}</option>)}
            </select>
          )}
        </Field>
        <Field label={t('form.personalDataNote')} support={t('form.personalDataNoteSupport')} error={err('personalDataNote')}>
          {(a) => <input {...a} name="personalDataNote" className={inputClass} value={form.personalDataNote} onChange={set('personalDataNote')} />}
        </Field>
        <div className="grid gap-6 sm:grid-cols-3">
          <Field label={t('form.developmentStartedOn')} error={err('developmentStartedOn')}>
            {(a) => <input {...a} type="date" className={inputClass} value={form.developmentStartedOn} onChange={set('developmentStartedOn')} />}
          </Field>
          <Field label={t('form.releasedOn')} error={err('releasedOn')}>
            {(a) => <input {...a} type="date" className={inputClass} value={form.releasedOn} onChange={set('releasedOn')} />}
          </Field>
          <Field label={t('templates.hoursSaved')} error={err('hoursSavedPerYear')}>
            {(a) => <input {...a} inputMode="decimal" className={inputClass} value={form.hoursSavedPerYear} onChange={set('hoursSavedPerYear')} />}
          </Field>
        </div>
        <ProblemAlert error={error} />
        <button type="submit" className={buttonPrimary}>
          {id ? t('storyEdit.save') : t('publish.create')}
        </button>
      </form>
    </section>
  );
}

function formOf(d: TemplateDetail): typeof EMPTY_FORM {
  const text = (v: unknown) => (v == null ? '' : String(v));
  return {
    title: text(d.title), titleEn: text(d.titleEn), summary: text(d.summary), description: text(d.description),
    platform: text(d.platform), category: text(d.category), personalData: text(d.personalData),
    personalDataNote: text(d.personalDataNote), tags: (d.tags ?? []).join(' '), hoursSavedPerYear: text(d.hoursSavedPerYear),
    developmentStartedOn: text(d.developmentStartedOn), releasedOn: text(d.releasedOn),
  };
}
