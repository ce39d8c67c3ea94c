import { useTranslation } from 'react-i18next';
import { TextField } from '../../../components/field';
import { PublicationEditor } from '../../../components/publication-editor';
import { ReferenceSelect } from '../../../components/reference-select';
import { LinkedTemplatesField, linksJson, parseLinks } from '../../../components/template-link-picker';
import { usePublicationForm } from '../../../lib/use-publication-form';
import { articlesApi, type ArticleDetail, type ArticleFields } from '../api';

// `links` holds the linked templates as JSON: the draft in sessionStorage keeps strings only.
const EMPTY = { title: '', titleEn: '', body: '', platform: '', category: '', tags: '', links: '[]' };
type Form = typeof EMPTY;

/** Write or edit a know-how article on the shared editor (saving with If-Match, a draft that survives a re-login). */
export function ArticleEditPage() {
  const { t } = useTranslation();
  const article = usePublicationForm<ArticleDetail, Form, ArticleFields>('articles', {
    calls: articlesApi, submit: articlesApi.submit, empty: EMPTY, toForm: fromArticle, toFields,
    pageOf: (id) => `/publish/articles/${id}`, saved: t('articles.saved'),
  });
  const { form, set, error } = article.edit;
  const err = (f: string) => error?.fieldError(f);
  // Each tag is checked on its own (tags/0, tags/1 …); the one field shows the first complaint.
  const tagError = error?.problem.errors?.find((e) => e.field?.startsWith('tags'))?.message;
  return (
    <PublicationEditor form={article} titleId="article-edit-title" heading={article.id ? form.title || t('articles.edit') : t('articles.new')}
      titleSupport={t('articles.titleSupport')} saveLabel={article.id ? t('articles.save') : t('publish.create')}
      lifecycle={{ statusTestId: 'article-status', viewTo: `/articles/${article.id}`, viewLabel: t('articles.view') }}>
      <div className="grid gap-6 sm:grid-cols-2">
        <ReferenceSelect kind="platform" label={t('articles.facet.platform')} none={t('articles.platformNone')} error={err('platform')}
          value={form.platform} onChange={set('platform')} />
        <ReferenceSelect kind="category" label={t('articles.facet.category')} none={t('articles.categoryNone')} error={err('category')}
          value={form.category} onChange={set('category')} />
      </div>
      <TextField label={t('articles.tagsLabel')} support={t('articles.tagsSupport')} error={tagError} name="tags" value={form.tags} onChange={set('tags')} />
      <TextField label={t('articles.body')} required support={t('articles.bodySupport')} error={err('body')}
        name="body" rows={12} value={form.body} onChange={set('body')} />
      <LinkedTemplatesField legend={t('articles.links')} edit={article.edit} />
    </PublicationEditor>
  );
}

function fromArticle(a: ArticleDetail): Form {
  return {
    title: a.title ?? '', titleEn: a.titleEn ?? '', body: a.body ?? '', platform: a.platform ?? '', category: a.category ?? '',
    tags: (a.tags ?? []).join('、'), links: linksJson(a.templates),
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
