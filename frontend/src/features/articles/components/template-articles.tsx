import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLabels } from '../../../lib/labels';
import { useQuery } from '../../../lib/use-api';
import { articlesApi } from '../api';

/** Published know-how articles linking a template, on its detail page. */
export function TemplateArticles({ templateId }: { templateId: string }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const articles = useQuery((api) => articlesApi.ofTemplate(api, templateId), [templateId]);
  return (
    <section aria-labelledby="template-articles-title" className="space-y-2">
      <h2 id="template-articles-title" className="text-std-24B-150">
        {t('articles.ofTemplate')}
      </h2>
      <ul className="space-y-2" data-testid="template-articles">
        {articles.data?.items?.map((a) => (
          <li key={a.id}>
            <Link to={`/articles/${a.id}`}>{a.title}</Link>（{labels.ward(a.ownerWard)}）
          </li>
        ))}
        {articles.data?.total === 0 && <li>{t('articles.noneOfTemplate')}</li>}
      </ul>
    </section>
  );
}
