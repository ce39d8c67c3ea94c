import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Rejection } from '../../../components/rejection';
import { Link, useParams } from 'react-router';
import { buttonPrimary, buttonSecondary, Field, inputClass } from '../../../components/field';
import { ProblemAlert } from '../../../components/problem-alert';
import { ApiError } from '../../../lib/api-client';
import { useAuth } from '../../../lib/auth';
import { asApiError, useMutation, useQuery } from '../../../lib/use-api';
import { publishApi, uploadVersion, type Upload } from '../api';
import { FindingsPanel } from './findings-panel';

/** A publisher's view of one template: upload a version (progress, cancel), submit, see the review outcome. */
export function ManagePage() {
  const { id } = useParams();
  const { t } = useTranslation();
  const auth = useAuth();
  const { run, error: submitError } = useMutation();
  const loaded = useQuery(id ? (api) => publishApi.get(api, id) : null, [id]);
  const tpl = { data: loaded.data?.data ?? null, error: loaded.error, reload: loaded.reload };
  const versions = useQuery(id ? (api) => publishApi.versions(api, id) : null, [id]);
  const [file, setFile] = useState<File | null>(null);
  const [version, setVersion] = useState('1.0.0');
  const [changelog, setChangelog] = useState('');
  const [progress, setProgress] = useState<number | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [message, setMessage] = useState('');
  const upload = useRef<Upload | null>(null);

  const start = async () => {
    if (!file) return;
    setError(null);
    setProgress(0);
    upload.current = uploadVersion(id!, { file, version, changelog }, await auth.token(), setProgress);
    try {
      await upload.current.promise;
      setMessage(t('manage.uploaded', { version }));
      versions.reload();
    } catch (e) {
      if (e instanceof ApiError && e.status === -1) setMessage(t('manage.cancelled'));
      else setError(asApiError(e));
    } finally {
      setProgress(null);
      upload.current = null;
    }
  };
  const submit = async () => {
    setError(null);
    if (!id || !(await run((api) => publishApi.submit(api, id))).ok) return;
    setMessage(t('manage.submitted'));
    tpl.reload();
    versions.reload();
  };

  const latest = versions.data?.items?.[0];
  if (tpl.error) return <ProblemAlert error={tpl.error} />;
  if (!tpl.data) return <p role="status">{t('auth.loading')}</p>;
  return (
    <section aria-labelledby="manage-title" className="max-w-3xl space-y-6">
      <h1 id="manage-title" className="text-std-32B-150">
        {tpl.data.title}
      </h1>
      <p>
        {t('templates.status')}: <strong data-testid="template-status">{t(`status.${tpl.data.status}`)}</strong> ・{' '}
        <Link to={`/templates/${id}`}>{t('manage.view')}</Link>
        {(tpl.data.status === 'draft' || tpl.data.status === 'rejected') && (
          <> ・ <Link to={`/publish/${id}/edit`}>{t('publish.edit')}</Link></>
        )}
      </p>
      <Rejection review={tpl.data?.lastReview} />
      <ul className="space-y-1">
        {versions.data?.items?.map((v) => (
          <li key={v.version}>
            {v.version} — {t(`versionStatus.${v.status}`)} — {v.fileName}
          </li>
        ))}
      </ul>
      {latest && (
        <FindingsPanel key={`${latest.version}-${latest.status}`} templateId={id!} version={latest.version!}
          editable={latest.status === 'draft' || latest.status === 'rejected'} />
      )}
      <form className="space-y-4 rounded-8 border border-solid-gray-420 p-4" onSubmit={(e) => { e.preventDefault(); void start(); }}>
        <h2 className="text-std-24B-150">{t('manage.upload')}</h2>
        <Field label={t('manage.file')} required support={t('manage.fileSupport')} error={error?.fieldError('file')}>
          {(a) => <input {...a} type="file" name="file" onChange={(e) => setFile(e.target.files?.[0] ?? null)} />}
        </Field>
        <Field label={t('templates.version')} required support={t('manage.versionSupport')} error={error?.fieldError('version')}>
          {(a) => <input {...a} name="version" className={inputClass} value={version} onChange={(e) => setVersion(e.target.value)} />}
        </Field>
        <Field label={t('templates.changelog')} error={error?.fieldError('changelog')}>
          {(a) => <textarea {...a} name="changelog" className={inputClass} rows={2} value={changelog} onChange={(e) => setChangelog(e.target.value)} />}
        </Field>
        {progress !== null && (
          <div className="flex items-center gap-4">
            <progress max={1} value={progress} aria-label={t('manage.progress')} className="w-64" />
            <button type="button" className={buttonSecondary} onClick={() => upload.current?.cancel()}>
              {t('manage.cancel')}
            </button>
          </div>
        )}
        <button type="submit" className={buttonPrimary} disabled={!file || progress !== null}>
          {t('manage.uploadButton')}
        </button>
      </form>
      <ProblemAlert error={error ?? submitError} />
      <p role="status" className="empty:sr-only">{message}</p>
      <button type="button" className={buttonPrimary} onClick={() => void submit()}>
        {t('manage.submit')}
      </button>
    </section>
  );
}
