import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PublicationView } from '../../../components/publication-view';
import { useLabels } from '../../../lib/labels';
import { articlesApi } from '../api';

/** A know-how article on the shared publication page: a way back to the list, platform, category and tags. */
export function ArticlePage() {
  const { t } = useTranslation();
  const labels = useLabels();
  return (
    <PublicationView name="article" load={articlesApi.get} templatesHeading={t('articles.templates')}
      top={<p><Link to="/articles">{t('articles.title')}</Link></p>}
      meta={(article) => (
        <>
          {article.platform && <> ・ {labels.platform(article.platform)}</>}
          {article.category && <> ・ {labels.category(article.category)}</>}
        </>
      )}
      details={(article) => (article.tags?.length ?? 0) > 0 && (
        <ul aria-label={t('articles.tags')} className="flex flex-wrap gap-2">
          {article.tags?.map((tag) => <li key={tag} className="rounded-4 border border-solid-gray-420 px-2">{tag}</li>)}
        </ul>
      )} />
  );
}
