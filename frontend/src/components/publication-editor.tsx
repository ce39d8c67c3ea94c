import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { buttonPrimary, TextField } from './field';
import { ProblemAlert } from './problem-alert';
import { Rejection } from './rejection';
import type { PublicationForm } from '../lib/use-publication-form';
import type { components } from '../types/api';
import type { PublicationStatus } from '../types/schemas';

type Reviewed = { id?: string; status?: PublicationStatus; lastReview?: components['schemas']['ReviewOutcome'] | null };

/**
 * The edit page of a template, story or article (DADS form pattern): the heading, the title fields every one
 * has, the feature's own fields (children), the problem with errors bound to fields, and save. With `lifecycle`
 * (stories, articles) it also shows the status with a link to the public page, the CoE's reasons after a
 * rejection, and the submit button, and locks the fields outside draft and rejected; a template shows those on
 * its management page instead.
 */
export function PublicationEditor<R extends Reviewed, F extends { title: string; titleEn: string }>(props: {
  form: PublicationForm<R, F>;
  /** The heading's id (the section is labelled by it). */
  titleId: string;
  heading: string;
  titleSupport: string;
  saveLabel: string;
  lifecycle?: { statusTestId: string; viewTo: string; viewLabel: string };
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const { id, edit, editable, message, save, submit } = props.form;
  const { form, set, error, resource } = edit;
  const life = props.lifecycle;
  const fields = (
    <>
      <TextField label={t('form.title')} required support={props.titleSupport} error={error?.fieldError('title')}
        name="title" value={form.title} onChange={set('title')} maxLength={120} />
      <TextField label={t('form.titleEn')} error={error?.fieldError('titleEn')} name="titleEn" value={form.titleEn} onChange={set('titleEn')} />
      {props.children}
      <ProblemAlert error={error} />
      <button type="submit" className={buttonPrimary}>
        {props.saveLabel}
      </button>
    </>
  );
  return (
    <section aria-labelledby={props.titleId} className="max-w-3xl space-y-6">
      <h1 id={props.titleId} className="text-std-32B-150">
        {props.heading}
      </h1>
      {life && resource && (
        <p>
          {t('templates.status')}: <strong data-testid={life.statusTestId}>{t(`status.${resource.status}`)}</strong>
          {resource.status === 'published' && <> ・ <Link to={life.viewTo}>{life.viewLabel}</Link></>}
        </p>
      )}
      {life && <Rejection review={resource?.lastReview} />}
      <form className="space-y-6" noValidate onSubmit={(e) => { e.preventDefault(); void save(); }}>
        {life ? <fieldset disabled={!editable} className="space-y-6">{fields}</fieldset> : fields}
      </form>
      <p role="status" className="empty:sr-only">{message}</p>
      {life && id && editable && (
        <button type="button" className={buttonPrimary} onClick={() => void submit()}>
          {t('manage.submit')}
        </button>
      )}
    </section>
  );
}
