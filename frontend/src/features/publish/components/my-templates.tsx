import { useTranslation } from 'react-i18next';
import { HeadingWithNew, OwnPublications, type OwnScope } from '../../../components/publication-lists';
import { publishApi } from '../api';

export const STATUSES = ['draft', 'in_review', 'rejected', 'published', 'archived'] as const;

/** The own ward's templates in one status, each linking to its management page. */
export function MyTemplates(scope: OwnScope) {
  const { t } = useTranslation();
  return <OwnPublications {...scope} list={publishApi.mine} base="/publish" none={t('publish.none')} />;
}

/** The page's title with the "new template" button. */
export function PublishHeading() {
  const { t } = useTranslation();
  return <HeadingWithNew level={1} id="publish-title" title={t('publish.title')} newTo="/publish/new" newLabel={t('publish.new')} />;
}
