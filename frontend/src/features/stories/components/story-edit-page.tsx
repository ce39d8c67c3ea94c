import { useTranslation } from 'react-i18next';
import { TextField } from '../../../components/field';
import { PublicationEditor } from '../../../components/publication-editor';
import { LinkedTemplatesField, linksJson, parseLinks } from '../../../components/template-link-picker';
import { usePublicationForm } from '../../../lib/use-publication-form';
import type { StoryDetail, StoryFields } from '../../../types/schemas';
import { storiesApi } from '../api';
import { FIGURES } from './story-figures';

// `links` holds the linked templates as JSON: the draft in sessionStorage keeps strings only.
const EMPTY = { title: '', titleEn: '', body: '', hoursSavedPerYear: '', costSavedYen: '', developmentDays: '', residentsReached: '', links: '[]' };
type Form = typeof EMPTY;

/** Write or edit a success story: what a story adds to the shared editor is its body, before/after figures and linked templates. */
export function StoryEditPage() {
  const { t } = useTranslation();
  const story = usePublicationForm<StoryDetail, Form, StoryFields>('stories', {
    calls: storiesApi, submit: storiesApi.submit, empty: EMPTY, toForm: fromStory, toFields,
    pageOf: (id) => `/publish/stories/${id}`, saved: t('storyEdit.saved'),
  });
  const { form, set, error } = story.edit;
  return (
    <PublicationEditor form={story} titleId="story-edit-title" heading={story.id ? form.title || t('storyEdit.edit') : t('storyEdit.new')}
      titleSupport={t('storyEdit.titleSupport')} saveLabel={story.id ? t('storyEdit.save') : t('publish.create')}
      lifecycle={{ statusTestId: 'story-status', viewTo: `/stories/${story.id}`, viewLabel: t('manage.view') }}>
      <TextField label={t('storyEdit.body')} required support={t('storyEdit.bodySupport')} error={error?.fieldError('body')}
        name="body" rows={10} value={form.body} onChange={set('body')} />
      <div className="grid gap-6 sm:grid-cols-2">
        {FIGURES.map(({ field, label, unit, inputMode }) => (
          <TextField key={field} label={t(label)} support={t(unit)} error={error?.fieldError(field)}
            inputMode={inputMode} value={form[field]} onChange={set(field)} />
        ))}
      </div>
      <LinkedTemplatesField legend={t('storyEdit.links')} edit={story.edit} />
    </PublicationEditor>
  );
}

function fromStory(s: StoryDetail): Form {
  const text = (v: number | null | undefined) => (v == null ? '' : String(v));
  return {
    title: s.title ?? '', titleEn: s.titleEn ?? '', body: s.body ?? '', hoursSavedPerYear: text(s.hoursSavedPerYear),
    costSavedYen: text(s.costSavedYen), developmentDays: text(s.developmentDays), residentsReached: text(s.residentsReached),
    links: linksJson(s.templates),
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
