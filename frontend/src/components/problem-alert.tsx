import { useTranslation } from 'react-i18next';
import type { ApiError } from '../lib/api-client';

/** A problem+json answer as the user reads it: what happened and what to do. */
export function ProblemAlert({ error }: { error: ApiError | null }) {
  const { t } = useTranslation();
  if (!error) return null;
  const message =
    error.status === 0 ? t('errors.network') : error.status === 404 ? t('errors.notFound') : error.status === 403 ? t('errors.forbidden')
      : error.problem.type?.endsWith('/unjustified-findings') ? t('errors.unjustifiedFindings', { count: error.problem.findings?.length ?? 0 })
        : error.message;
  return (
    <div role="alert" className="rounded-8 border-2 border-red-900 bg-red-50 p-4 text-red-1000">
      <p className="text-std-16B-170">{t('errors.title')}</p>
      <p>{message}</p>
      {error.problem.errors && error.problem.errors.length > 0 && (
        <ul className="list-disc pl-6">
          {error.problem.errors.map((e) => (
            <li key={e.field}>
              {e.field}: {e.message}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
