import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Rejection } from '../../../components/rejection';
import { Link, useNavigate, useParams } from 'react-router';
import { buttonPrimary, Field, inputClass } from '../../../components/field';
import { ProblemAlert } from '../../../components/problem-alert';
import { parseLinks, TemplateLinkPicker } from '../../../components/template-link-picker';
import { useLabels } from '../../../lib/labels';
import { useEditable } from '../../../lib/use-editable';
import { articlesApi, type ArticleDetail, type ArticleFields } from '../api';

// `links` holds the linked templates as JSON: the draft in sessionStorage keeps strings only.
const EMPTY = { title: '', titleEn: '', body: '', platform: '', category: '', tags: '', links: '[]' };
type Form = typeof EMPTY;

/**
 * Write or edit a know-how article (DADS form pattern): Markdown body, platform, category, tags, linked templates.
 * Edits carry the ETag as If-Match; what is typed survives a re-login (sessionStorage), as on the story form.
 */
export function ArticleEditPage() {
  const { id } = useParams();
  const { t } = useTranslation();
  const labels = useLabels();
  const navigate = useNavigate();
  const edit = useEditable<ArticleDetail, Form>(`articles/${id ?? 'new'}`, {
    empty: EMPTY,
    toForm: fromArticle,
    load: id ? (api) => articlesApi.get(api, id) : null,
  });
  const { form, set, change, resource: article, error } = edit;
  const [message, setMessage] = useState('');

  const save = async () => {
    const saved = await edit.save((api, etag) => (id ? articlesApi.patch(api, id, toFields(form), etag) : articlesApi.create(api, toFields(form))));
    if (!saved) return;
    if (!id) navigate(`/publish/articles/${saved.id}`);
    else setMessage(t('articles.saved'));
  };

  const submit = async () => {
    if (!id) return;
    const submitted = await edit.save(async (api) => articlesApi.submit(api, id));
    if (submitted) setMessage(t('manage.submitted'));
  };

  const err = (f: string) => error?.fieldError(f);
  const tagError = error?.problem.errors?.find((e) => e.field?.startsWith('tags'))?.message;
  const editable = !article || article.status === 'draft' || article.status === 'rejected';
  return (
    <section aria-labelledby="article-edit-title" className="max-w-3xl space-y-6">
      <h1 id="article-edit-title" className="text-std-32B-150">
        {id ? form.title || t('articles.edit') : t('articles.new')}
      </h1>
      {article && (
        <p>
          {t('templates.status')}: <strong data-testid="article-status">{t(`status.${article.status}`)}</strong>
          {article.status === 'published' && <> ・ <Link to={`/articles/${article.id}`}>{t('articles.view')}</Link></>}
        </p>
      )}
      <Rejection review={article?.lastReview} />
      <form className="space-y-6" noValidate onSubmit={(e) => { e.preventDefault(); void save(); }}>
        <fieldset disabled={!editable} className="space-y-6">
          <Field label={t('form.title')} required support={t('articles.titleSupport')} error={err('title')}>
            {(a) => <input {...a} name="title" className={inputClass} value={form.title} onChange={set('title')} maxLength={120} />}
          </Field>
          <Field label={t('form.titleEn')} error={err('titleEn')}>
            {(a) => <input {...a} name="titleEn" className={inputClass} value={form.titleEn} onChange={set('titleEn')} />}
          </Field>
          <div className="grid gap-6 sm:grid-cols-2">
            <Field label={t('articles.facet.platform')} error={err('platform')}>
              {(a) => (
                <select {...a} name="platform" className={inputClass} value={form.platform} onChange={set('platform')}>
                  <option value="">{t('articles.platformNone')}</option>
                  {labels.platforms.map((p) => <option key={p.slug} value={p.slug}>{labels.platform(p.slug)}</option>)}
                </select>
              )}
            </Field>
            <Field label={t('articles.facet.category')} error={err('category')}>
              {(a) => (
                <select {...a} name="category" className={inputClass} value={form.category} onChange={set('category')}>
                  <option value="">{t('articles.categoryNone')}</option>
                  {labels.categories.map((c) => <option key={c.slug} value={c.slug}>{labels.category(c.slug)}</option>)}
                </select>
              )}
            </Field>
          </div>
          <Field label={t('articles.tagsLabel')} support={t('articles.tagsSupport')} error={tagError}>
            {(a) => <input {...a} name="tags" className={inputClass} value={form.tags} onChange={set('tags')} />}
          </Field>
          <Field label={t('articles.body')} required support={t('articles.bodySupport')} error={err('body')}>
            {(a) => <textarea {...a} name="body" className={inputClass} rows={12} value={form.body} onChange={set('body')} />}
          </Field>
          <TemplateLinkPicker legend={t('articles.links')} value={parseLinks(form.links)} error={err('templateIds/0')}
            linkable={articlesApi.linkable} onChange={(next) => change({ links: JSON.stringify(next) })} />
          <ProblemAlert error={error} />
          <button type="submit" className={buttonPrimary}>
            {id ? t('articles.save') : t('publish.create')}
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

function fromArticle(a: ArticleDetail): Form {
  return {
    title: a.title ?? '', titleEn: a.titleEn ?? '', body: a.body ?? '', platform: a.platform ?? '', category: a.category ?? '',
    tags: (a.tags ?? []).join('、'),
    links: JSON.stringify((a.templates ?? []).map((l) => ({ id: l.id ?? '', title: l.title ?? '', ownerWard: l.ownerWard ?? '' }))),
  };
}

/** Tags are typed in one field, separated by commas or the Japanese 、. */
export function splitTags(text: string): string[] {
  return [...new Set(text.split(/[,，、]/).map((s) => s.trim()).filter((s) => s !== ''))];
}

function toFields(form: Form): ArticleFields {
  return {
    title: form.title, titleEn: form.titleEn || undefined, body: form.body, platform: form.platform || undefined,
    category: form.category || undefined, tags: splitTags(form.tags), templateIds: parseLinks(form.links).map((l) => l.id),
  };
}
