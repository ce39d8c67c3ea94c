import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { buttonPrimary, Field, inputClass } from '../../../components/field';
import { ProblemAlert } from '../../../components/problem-alert';
import { useLabels } from '../../../lib/labels';
import { member } from '../../../lib/one-of';
import { useEditable } from '../../../lib/use-editable';
import type { TemplateDetail, TemplateFields } from '../../../types/schemas';
import { publishApi } from '../api';

const PERSONAL_DATA = ['none', 'anonymised', 'contains'] as const;

const EMPTY_FORM = { title: '', titleEn: '', summary: '', description: '', platform: 'kintone', category: 'general-affairs',
  personalData: 'none', personalDataNote: '', tags: '', hoursSavedPerYear: '', developmentStartedOn: '', releasedOn: '' };
type Form = typeof EMPTY_FORM;

/**
 * Create a template, or edit a draft or rejected one (/publish/:id/edit): the DADS form pattern, errors from
 * problem+json bound to their fields; edits send the ETag as If-Match so nobody overwrites a newer version.
 * What is typed is kept while typing: if the session expires and Keycloak sends the user to log in again,
 * the form comes back as it was.
 */
export function NewTemplatePage() {
  const { id } = useParams();
  const { t } = useTranslation();
  const labels = useLabels();
  const navigate = useNavigate();
  const edit = useEditable<TemplateDetail, Form>(`templates/${id ?? 'new'}`, {
    empty: EMPTY_FORM,
    toForm: formOf,
    load: id ? (api) => publishApi.get(api, id) : null,
  });
  const { form, set, error } = edit;

  const submit = async () => {
    const saved = await edit.save((api, etag) => (id ? publishApi.patch(api, id, toFields(form), etag) : publishApi.create(api, toFields(form))));
    if (saved) navigate(`/publish/${saved.id}`);
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
              {PERSONAL_DATA.map((p) => <option key={p} value={p}>{t(`personalData.${p}`)}</option>)}
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

function formOf(d: TemplateDetail): Form {
  const text = (v: unknown) => (v == null ? '' : String(v));
  return {
    title: text(d.title), titleEn: text(d.titleEn), summary: text(d.summary), description: text(d.description),
    platform: text(d.platform), category: text(d.category), personalData: text(d.personalData),
    personalDataNote: text(d.personalDataNote), tags: (d.tags ?? []).join(' '), hoursSavedPerYear: text(d.hoursSavedPerYear),
    developmentStartedOn: text(d.developmentStartedOn), releasedOn: text(d.releasedOn),
  };
}

/** The form as the contract's fields; an emptied optional field is undefined (sent as null by a merge patch). */
function toFields(form: Form): TemplateFields {
  const opt = (v: string) => v || undefined;
  return {
    title: form.title, titleEn: opt(form.titleEn), summary: opt(form.summary), description: opt(form.description),
    platform: form.platform, category: form.category, personalData: member(PERSONAL_DATA, form.personalData) ?? 'none', personalDataNote: opt(form.personalDataNote),
    tags: form.tags.split(/[,、\s]+/).filter(Boolean),
    hoursSavedPerYear: form.hoursSavedPerYear ? Number(form.hoursSavedPerYear) : undefined,
    developmentStartedOn: opt(form.developmentStartedOn), releasedOn: opt(form.releasedOn),
  };
}
