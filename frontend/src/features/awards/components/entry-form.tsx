import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Field, buttonPrimary, inputClass } from '../../../components/field';
import { useQuery } from '../../../lib/use-api';
import { awardsApi, type Subject } from '../api';

/** A publisher enters one of their ward's published templates or stories, with a statement. */
export function EntryForm(props: { ward?: string; onEnter: (subject: Subject, statement: string) => Promise<void> }) {
  const { t } = useTranslation();
  const { ward } = props;
  const work = {
    templates: useQuery(ward ? (api) => awardsApi.wardTemplates(api, ward) : null, [ward]).data ?? [],
    stories: useQuery(ward ? (api) => awardsApi.wardStories(api, ward) : null, [ward]).data ?? [],
  };
  const [choice, setChoice] = useState('');
  const [statement, setStatement] = useState('');
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const [kind, id] = choice.split(':');
    if (!id) return;
    await props.onEnter(kind === 'story' ? { storyId: id } : { templateId: id }, statement);
    setChoice('');
    setStatement('');
  };
  return (
    <form onSubmit={(e) => void submit(e)} aria-labelledby="enter-title" className="max-w-2xl space-y-4 rounded-8 border border-solid-gray-420 p-4">
      <h2 id="enter-title" className="text-std-24B-150">
        {t('awards.enter.title')}
      </h2>
      <Field label={t('awards.enter.work')} required>
        {(a) => (
          <select {...a} className={inputClass} value={choice} onChange={(e) => setChoice(e.target.value)}>
            <option value="">{t('awards.enter.choose')}</option>
            {work.templates.map((w) => (
              <option key={w.id} value={`template:${w.id}`}>
                {t('awards.enter.template', { title: w.title })}
              </option>
            ))}
            {work.stories.map((w) => (
              <option key={w.id} value={`story:${w.id}`}>
                {t('awards.enter.story', { title: w.title })}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('awards.enter.statement')} required>
        {(a) => <textarea {...a} rows={5} maxLength={2000} className={inputClass} value={statement} onChange={(e) => setStatement(e.target.value)} />}
      </Field>
      <button type="submit" className={buttonPrimary}>
        {t('awards.enter.submit')}
      </button>
    </form>
  );
}
