import { useTranslation } from 'react-i18next';
import { buttonSecondary } from '../../../components/field';
import { ProblemAlert } from '../../../components/problem-alert';
import type { Api } from '../../../lib/api-client';
import { useDownload } from '../../../lib/download';

/** Saves a statistics CSV; when the API refuses or fails, shows its problem and saves nothing. */
export function CsvButton({ fetchCsv, name }: { fetchCsv: (api: Api) => Promise<Blob | undefined>; name: string }) {
  const { t } = useTranslation();
  const { download, error } = useDownload();
  return (
    <div className="space-y-2">
      <button type="button" className={buttonSecondary} onClick={() => void download(fetchCsv, name)}>
        {t('committee.csv')}
      </button>
      <ProblemAlert error={error} />
    </div>
  );
}
