import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { buttonPrimary } from '../../../components/field';
import { ProblemAlert } from '../../../components/problem-alert';
import { useQuery } from '../../../lib/use-api';
import type { PublicationStatus } from '../../../types/schemas';
import { storiesApi } from '../api';

/** The own ward's stories in one status, on the publisher's page. */
export function MyStories({ ward, status }: { ward: string | undefined; status: PublicationStatus }) {
  const { t } = useTranslation();
  const stories = useQuery(ward ? (api) => storiesApi.list(api, ward, status) : null, [ward, status]);
  return (
    <>
      <div className="flex flex-wrap items-center justify-between gap-4">
        <h2 className="text-std-24B-150">{t('publish.stories')}</h2>
        <Link to="/publish/stories/new" className={buttonPrimary + ' no-underline'}>
          {t('publish.newStory')}
        </Link>
      </div>
      <ProblemAlert error={stories.error} />
      <ul className="space-y-2" data-testid="my-stories">
        {stories.data?.items?.map((item) => (
          <li key={item.id}>
            <Link to={`/publish/stories/${item.id}`}>{item.title}</Link>
          </li>
        ))}
        {stories.data?.total === 0 && <li>{t('publish.noStories')}</li>}
      </ul>
    </>
  );
}
