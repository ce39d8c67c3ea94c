import { useTranslation } from 'react-i18next';
import { useQuery } from '../../../lib/use-api';
import type { VersionView } from '../../../types/schemas';
import { reviewApi } from '../api';

/**
 * What changed since the last approved version of a template: the version and file now submitted against the
 * approved one, the changelog, and the description fields edited since the last approval (from the audit trail).
 */
export function Changes({ templateId, version }: { templateId: string; version: string }) {
  const { t } = useTranslation();
  const versions = useQuery((api) => reviewApi.versions(api, templateId), [templateId]);
  const audit = useQuery((api) => reviewApi.audit(api, templateId), [templateId]);
  if (!versions.data || !audit.data) return <p role="status">{t('auth.loading')}</p>;
  const submitted = versions.data.items?.find((v) => v.version === version);
  const approved = versions.data.items?.find((v) => v.status === 'approved' || v.status === 'withdrawn');
  // Audit entries are newest first: the edits are those before (newer than) the latest approval.
  const entries = audit.data.items ?? [];
  const lastApproval = entries.findIndex((e) => e.action === 'template.approved');
  const edits = entries.slice(0, lastApproval < 0 ? entries.length : lastApproval).filter((e) => e.action === 'template.updated');
  const fields = edits.flatMap((e) => Object.keys(e.after ?? {}).filter((k) => k !== 'status')
    .map((k) => ({ key: `${e.id}-${k}`, field: k, before: e.before?.[k], after: e.after?.[k] })));
  const size = (v?: VersionView) => (v ? `${v.fileName}（${Math.max(1, Math.round((v.size ?? 0) / 1024)).toLocaleString()} KB）` : '');
  return (
    <div className="space-y-2" data-testid="changes">
      {approved ? (
        <p>{t('review.changes.versions', { from: approved.version, fromFile: size(approved), to: version, toFile: size(submitted) })}</p>
      ) : (
        <p>{t('review.changes.first')}</p>
      )}
      {submitted?.changelog && (
        <p>
          {t('templates.changelog')}: {submitted.changelog}
        </p>
      )}
      {approved && submitted && approved.sha256 === submitted.sha256 && <p>{t('review.changes.sameFile')}</p>}
      {fields.length > 0 ? (
        <table className="w-full text-left">
          <caption className="text-left text-std-16B-170">{t('review.changes.fields')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('review.changes.field')}</th>
              <th scope="col">{t('review.changes.before')}</th>
              <th scope="col">{t('review.changes.after')}</th>
            </tr>
          </thead>
          <tbody>
            {fields.map((f) => (
              <tr key={f.key}>
                <td>{f.field}</td>
                <td>{show(f.before)}</td>
                <td>{show(f.after)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        approved && <p>{t('review.changes.noFields')}</p>
      )}
    </div>
  );
}

function show(value: unknown): string {
  if (value == null || value === '') return '—';
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > 200 ? text.slice(0, 200) + '…' : text;
}
