import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ProblemAlert } from '../../../components/problem-alert';
import { renderMarkdown } from '../../../lib/markdown';
import { useLabels } from '../../../lib/labels';
import { useQuery } from '../../../lib/use-api';
import { articlesApi } from '../api';

/** A know-how article: platform, category and tags, the Markdown body rendered and sanitised here, linked templates. */
export function ArticlePage() {
  const { id } = useParams();
  const { t } = useTranslation();
  const labels = useLabels();
  const { data, error } = useQuery(id ? (api) => articlesApi.get(api, id) : null, [id]);
  const article = data?.data;
  if (error) return <ProblemAlert error={error} />;
  if (!article) return <p role="status">{t('auth.loading')}</p>;
  return (
    <article aria-labelledby="article-title" className="max-w-3xl space-y-6">
      <p><Link to="/articles">{t('articles.title')}</Link></p>
      <h1 id="article-title" className="text-std-32B-150">
        {article.title}
      </h1>
      <p>
        {labels.ward(article.ownerWard)} ・ {t(`status.${article.status}`)}
        {article.platform && <> ・ {labels.platform(article.platform)}</>}
        {article.category && <> ・ {labels.category(article.category)}</>}
      </p>
      {article.byCertifiedDeveloper && (
        <p className="inline-block rounded-4 border border-green-900 px-2 text-green-1000">{t('certifications.mark')}</p>
      )}
      {(article.tags?.length ?? 0) > 0 && (
        <ul aria-label={t('articles.tags')} className="flex flex-wrap gap-2">
          {article.tags!.map((tag) => (
            <li key={tag} className="rounded-4 border border-solid-gray-420 px-2">{tag}</li>
          ))}
        </ul>
      )}
      <div className="prose space-y-2" data-testid="article-body" dangerouslySetInnerHTML={{ __html: renderMarkdown(article.body) }} />
      {(article.templates?.length ?? 0) > 0 && (
        <section aria-labelledby="article-templates" className="space-y-2">
          <h2 id="article-templates" className="text-std-24B-150">
            {t('articles.templates')}
          </h2>
          <ul className="list-disc pl-6">
            {article.templates!.map((tpl) => (
              <li key={tpl.id}>
                <Link to={`/templates/${tpl.id}`}>{tpl.title}</Link>（{labels.ward(tpl.ownerWard)}）
              </li>
            ))}
          </ul>
        </section>
      )}
    </article>
  );
}
