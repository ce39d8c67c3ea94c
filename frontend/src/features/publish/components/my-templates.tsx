import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { buttonPrimary } from '../../../components/field';
import { ProblemAlert } from '../../../components/problem-alert';
import { useQuery } from '../../../lib/use-api';
import type { PublicationStatus } from '../../../types/schemas';
import { publishApi } from '../api';

export const STATUSES = ['draft', 'in_review', 'rejected', 'published', 'archived'] as const;

/** The own ward's templates in one status, each linking to its management page. */
export function MyTemplates({ ward, status }: { ward: string | undefined; status: PublicationStatus }) {
  const { t } = useTranslation();
  const { data, error } = useQuery(ward ? (api) => publishApi.mine(api, ward, status) : null, [ward, status]);
  return (
    <>
      <ProblemAlert error={error} />
      <ul className="space-y-2">
        {data?.items?.map((item) => (
          <li key={item.id}>
            <Link to={`/publish/${item.id}`}>{item.title}</Link>
          </li>
        ))}
        {data?.total === 0 && <li>{t('publish.none')}</li>}
      </ul>
    </>
  );
}

/** The page's title with the "new template" button. */
export function PublishHeading() {
  const { t } = useTranslation();
  return (
    <div className="flex flex-wrap items-center justify-between gap-4">
      <h1 id="publish-title" className="text-std-32B-150">
        {t('publish.title')}
      </h1>
      <Link to="/publish/new" className={buttonPrimary + ' no-underline'}>
        {t('publish.new')}
      </Link>
    </div>
  );
}
