import { useTranslation } from 'react-i18next';
import { Field, inputClass, TextField } from '../../../components/field';
import { PublicationEditor } from '../../../components/publication-editor';
import { ReferenceSelect } from '../../../components/reference-select';
import { member } from '../../../lib/one-of';
import { usePublicationForm } from '../../../lib/use-publication-form';
import type { TemplateDetail, TemplateFields } from '../../../types/schemas';
import { publishApi } from '../api';

const PERSONAL_DATA = ['none', 'anonymised', 'contains'] as const;

const EMPTY_FORM = { title: '', titleEn: '', summary: '', description: '', platform: 'kintone', category: 'general-affairs',
  personalData: 'none', personalDataNote: '', tags: '', hoursSavedPerYear: '', developmentStartedOn: '', releasedOn: '' };
type Form = typeof EMPTY_FORM;

/**
 * Create a template, or edit a draft or rejected one (/publish/:id/edit), on the shared PublicationEditor: errors
 * from problem+json bound to their fields, edits sent with the ETag as If-Match so nobody overwrites a newer
 * version, and what is typed kept while typing (a session that expires mid-edit brings the form back as it was).
 * Saving opens the template's management page, where versions are uploaded and the template is submitted.
 */
export function NewTemplatePage() {
  const { t } = useTranslation();
  const template = usePublicationForm<TemplateDetail, Form, TemplateFields>('templates', {
    calls: publishApi, empty: EMPTY_FORM, toForm: formOf, toFields, pageOf: (id) => `/publish/${id}`,
  });
  const { form, set, error } = template.edit;
  const err = (f: string) => error?.fieldError(f);
  return (
    <PublicationEditor form={template} titleId="new-title" heading={template.id ? t('publish.edit') : t('publish.new')}
      titleSupport={t('form.titleSupport')} saveLabel={template.id ? t('storyEdit.save') : t('publish.create')}>
      <TextField label={t('form.summary')} support={t('form.summarySupport')} error={err('summary')}
        name="summary" value={form.summary} onChange={set('summary')} maxLength={200} />
      <TextField label={t('form.description')} support={t('form.descriptionSupport')} error={err('description')}
        name="description" rows={6} value={form.description} onChange={set('description')} />
      <div className="grid gap-6 sm:grid-cols-2">
        <ReferenceSelect kind="platform" label={t('search.facet.platform')} required error={err('platform')} value={form.platform} onChange={set('platform')} />
        <ReferenceSelect kind="category" label={t('search.facet.category')} required error={err('category')} value={form.category} onChange={set('category')} />
      </div>
      <TextField label={t('form.tags')} support={t('form.tagsSupport')} error={err('tags')} name="tags" value={form.tags} onChange={set('tags')} />
      <Field label={t('templates.personalData')} required error={err('personalData')}>
        {(a) => (
          <select {...a} name="personalData" className={inputClass} value={form.personalData} onChange={set('personalData')}>
            {PERSONAL_DATA.map((p) => <option key={p} value={p}>{t(`personalData.${p}`)}</option>)}
          </select>
        )}
      </Field>
      <TextField label={t('form.personalDataNote')} support={t('form.personalDataNoteSupport')} error={err('personalDataNote')}
        name="personalDataNote" value={form.personalDataNote} onChange={set('personalDataNote')} />
      <div className="grid gap-6 sm:grid-cols-3">
        <TextField label={t('form.developmentStartedOn')} error={err('developmentStartedOn')} type="date"
          value={form.developmentStartedOn} onChange={set('developmentStartedOn')} />
        <TextField label={t('form.releasedOn')} error={err('releasedOn')} type="date" value={form.releasedOn} onChange={set('releasedOn')} />
        <TextField label={t('templates.hoursSaved')} error={err('hoursSavedPerYear')} inputMode="decimal"
          value={form.hoursSavedPerYear} onChange={set('hoursSavedPerYear')} />
      </div>
    </PublicationEditor>
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
