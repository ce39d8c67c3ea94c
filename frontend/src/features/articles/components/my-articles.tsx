import { useTranslation } from 'react-i18next';
import { OwnPublications, type OwnScope } from '../../../components/publication-lists';
import { articlesApi } from '../api';

/** The own ward's know-how articles in one status, on the publisher's page. */
export function MyArticles(scope: OwnScope) {
  const { t } = useTranslation();
  return <OwnPublications {...scope} list={articlesApi.list} base="/publish/articles" testId="my-articles" none={t('articles.noMine')}
    heading={{ title: t('articles.mine'), newLabel: t('articles.new') }} />;
}
