import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../../components/problem-alert';
import { useDownload } from '../../../lib/download';
import type { VersionView } from '../../../types/schemas';
import { templatesApi } from '../api';

/** The versions of a template with a download per file; a refused download shows its problem. */
export function VersionsTable({ templateId, versions }: { templateId: string; versions: VersionView[] }) {
  const { t } = useTranslation();
  const { download, error } = useDownload();
  return (
    <section aria-labelledby="versions-title" className="space-y-2">
      <h2 id="versions-title" className="text-std-24B-150">
        {t('templates.versions')}
      </h2>
      <ProblemAlert error={error} />
      <table className="w-full border-collapse text-left">
        <thead>
          <tr className="border-b border-solid-gray-420">
            <th scope="col">{t('templates.version')}</th>
            <th scope="col">{t('templates.status')}</th>
            <th scope="col">{t('templates.changelog')}</th>
            <th scope="col">{t('templates.file')}</th>
          </tr>
        </thead>
        <tbody>
          {versions.map((v) => (
            <tr key={v.version} className="border-b border-solid-gray-200">
              <td>{v.version}</td>
              <td>{t(`versionStatus.${v.status}`)}</td>
              <td>{v.changelog}</td>
              <td>
                {v.status === 'withdrawn' ? (
                  v.withdrawnReason
                ) : (
                  <button type="button" className="underline"
                    onClick={() => void download((api) => templatesApi.file(api, templateId, v.version ?? ''), v.fileName ?? 'download')}>
                    {t('templates.download', { file: v.fileName })}
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
