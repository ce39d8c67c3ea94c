import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { buttonPrimary } from '../../../components/field';
import { ProblemAlert } from '../../../components/problem-alert';
import { useQuery } from '../../../lib/use-api';
import type { PublicationStatus } from '../../../types/schemas';
import { articlesApi } from '../api';

/** The own ward's know-how articles in one status, on the publisher's page. */
export function MyArticles({ ward, status }: { ward: string | undefined; status: PublicationStatus }) {
  const { t } = useTranslation();
  const articles = useQuery(ward ? (api) => articlesApi.list(api, ward, status) : null, [ward, status]);
  return (
    <>
      <div className="flex flex-wrap items-center justify-between gap-4">
        <h2 className="text-std-24B-150">{t('articles.mine')}</h2>
        <Link to="/publish/articles/new" className={buttonPrimary + ' no-underline'}>
          {t('articles.new')}
        </Link>
      </div>
      <ProblemAlert error={articles.error} />
      <ul className="space-y-2" data-testid="my-articles">
        {articles.data?.items?.map((item) => (
          <li key={item.id}>
            <Link to={`/publish/articles/${item.id}`}>{item.title}</Link>
          </li>
        ))}
        {articles.data?.total === 0 && <li>{t('articles.noMine')}</li>}
      </ul>
    </>
  );
}
