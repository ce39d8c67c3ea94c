import { useTranslation } from 'react-i18next';
import { OwnPublications, type OwnScope } from '../../../components/publication-lists';
import { storiesApi } from '../api';

/** The own ward's stories in one status, on the publisher's page. */
export function MyStories(scope: OwnScope) {
  const { t } = useTranslation();
  return <OwnPublications {...scope} list={storiesApi.list} base="/publish/stories" testId="my-stories" none={t('publish.noStories')}
    heading={{ title: t('publish.stories'), newLabel: t('publish.newStory') }} />;
}
