import { useState } from 'react';
import { parseLinks, TemplateLinkPicker } from '../../../components/template-link-picker';
import { Rejection } from '../../../components/rejection';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { buttonPrimary, Field, inputClass } from '../../../components/field';
import { ProblemAlert } from '../../../components/problem-alert';
import { useEditable } from '../../../lib/use-editable';
import type { StoryDetail, StoryFields } from '../../../types/schemas';
import { storiesApi } from '../api';

// `links` holds the linked templates as JSON: the draft in sessionStorage keeps strings only.
const EMPTY = { title: '', titleEn: '', body: '', hoursSavedPerYear: '', costSavedYen: '', developmentDays: '', residentsReached: '', links: '[]' };
type Form = typeof EMPTY;

/**
 * Write or edit a success story (DADS form pattern): Markdown body, linked templates, before/after figures.
 * Edits carry the ETag as If-Match; what is typed survives a re-login (sessionStorage), as on the template form.
 */
export function StoryEditPage() {
  const { id } = useParams();
  const { t } = useTranslation();
  const navigate = useNavigate();
  const edit = useEditable<StoryDetail, Form>(`stories/${id ?? 'new'}`, {
    empty: EMPTY,
    toForm: fromStory,
    load: id ? (api) => storiesApi.get(api, id) : null,
  });
  const { form, set, change, resource: story, error } = edit;
  const [message, setMessage] = useState('');
  const links = parseLinks(form.links);

  const save = async () => {
    const saved = await edit.save((api, etag) => (id ? storiesApi.patch(api, id, toFields(form), etag) : storiesApi.create(api, toFields(form))));
    if (!saved) return;
    if (!id) navigate(`/publish/stories/${saved.id}`);
    else setMessage(t('storyEdit.saved'));
  };

  const submit = async () => {
    if (!id) return;
    const submitted = await edit.save(async (api) => storiesApi.submit(api, id));
    if (submitted) setMessage(t('manage.submitted'));
  };

  const err = (f: string) => error?.fieldError(f);
  const editable = !story || story.status === 'draft' || story.status === 'rejected';
  return (
    <section aria-labelledby="story-edit-title" className="max-w-3xl space-y-6">
      <h1 id="story-edit-title" className="text-std-32B-150">
        {id ? form.title || t('storyEdit.edit') : t('storyEdit.new')}
      </h1>
      {story && (
        <p>
          {t('templates.status')}: <strong data-testid="story-status">{t(`status.${story.status}`)}</strong>
          {story.status === 'published' && <> ・ <Link to={`/stories/${story.id}`}>{t('manage.view')}</Link></>}
        </p>
      )}
      <Rejection review={story?.lastReview} />
      <form className="space-y-6" noValidate onSubmit={(e) => { e.preventDefault(); void save(); }}>
        <fieldset disabled={!editable} className="space-y-6">
          <Field label={t('form.title')} required support={t('storyEdit.titleSupport')} error={err('title')}>
            {(a) => <input {...a} name="title" className={inputClass} value={form.title} onChange={set('title')} maxLength={120} />}
          </Field>
          <Field label={t('form.titleEn')} error={err('titleEn')}>
            {(a) => <input {...a} name="titleEn" className={inputClass} value={form.titleEn} onChange={set('titleEn')} />}
          </Field>
          <Field label={t('storyEdit.body')} required support={t('storyEdit.bodySupport')} error={err('body')}>
            {(a) => <textarea {...a} name="body" className={inputClass} rows={10} value={form.body} onChange={set('body')} />}
          </Field>
          <div className="grid gap-6 sm:grid-cols-2">
            <Field label={t('stories.hours')} support={t('stories.hoursUnit')} error={err('hoursSavedPerYear')}>
              {(a) => <input {...a} inputMode="decimal" className={inputClass} value={form.hoursSavedPerYear} onChange={set('hoursSavedPerYear')} />}
            </Field>
            <Field label={t('stories.cost')} support={t('stories.costUnit')} error={err('costSavedYen')}>
              {(a) => <input {...a} inputMode="numeric" className={inputClass} value={form.costSavedYen} onChange={set('costSavedYen')} />}
            </Field>
            <Field label={t('stories.days')} support={t('stories.daysUnit')} error={err('developmentDays')}>
              {(a) => <input {...a} inputMode="numeric" className={inputClass} value={form.developmentDays} onChange={set('developmentDays')} />}
            </Field>
            <Field label={t('stories.residents')} support={t('stories.residentsUnit')} error={err('residentsReached')}>
              {(a) => <input {...a} inputMode="numeric" className={inputClass} value={form.residentsReached} onChange={set('residentsReached')} />}
            </Field>
          </div>
          <TemplateLinkPicker legend={t('storyEdit.links')} value={links} error={err('templateIds/0')} linkable={storiesApi.linkable}
            onChange={(next) => change({ links: JSON.stringify(next) })} />
          <ProblemAlert error={error} />
          <button type="submit" className={buttonPrimary}>
            {id ? t('storyEdit.save') : t('publish.create')}
          </button>
        </fieldset>
      </form>
      {message && <p role="status">{message}</p>}
      {id && editable && (
        <button type="button" className={buttonPrimary} onClick={() => void submit()}>
          {t('manage.submit')}
        </button>
      )}
    </section>
  );
}

function fromStory(s: StoryDetail): Form {
  const text = (v: number | null | undefined) => (v == null ? '' : String(v));
  return {
    title: s.title ?? '', titleEn: s.titleEn ?? '', body: s.body ?? '', hoursSavedPerYear: text(s.hoursSavedPerYear),
    costSavedYen: text(s.costSavedYen), developmentDays: text(s.developmentDays), residentsReached: text(s.residentsReached),
    links: JSON.stringify((s.templates ?? []).map((l) => ({ id: l.id ?? '', title: l.title ?? '', ownerWard: l.ownerWard ?? '' }))),
  };
}

function toFields(form: Form): StoryFields {
  const num = (v: string) => (v.trim() === '' ? undefined : Number(v));
  return {
    title: form.title, titleEn: form.titleEn || undefined, body: form.body, templateIds: parseLinks(form.links).map((l) => l.id),
    hoursSavedPerYear: num(form.hoursSavedPerYear), costSavedYen: num(form.costSavedYen),
    developmentDays: num(form.developmentDays), residentsReached: num(form.residentsReached),
  };
}
