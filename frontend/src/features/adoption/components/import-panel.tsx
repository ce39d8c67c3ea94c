import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { buttonPrimary, buttonSecondary, Field, inputClass } from '../../../components/field';
import { ProblemAlert } from '../../../components/problem-alert';
import type { ApiError } from '../../../lib/api-client';
import { member } from '../../../lib/one-of';
import { useMutation } from '../../../lib/use-api';
import { ADOPTION_STATUSES } from '../../../types/schemas';
import { adoptionApi } from '../api';

/**
 * "Import into my ward": downloads the file (`download`, from the catalog) and records the adoption in
 * one step, then lets the user update its status and the hours it saves.
 */
export function ImportPanel({ templateId, version, download, downloadError, onDone }: {
  templateId: string;
  version: string;
  download: () => Promise<boolean>;
  downloadError: ApiError | null;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const { run, error } = useMutation();
  const [done, setDone] = useState(false);
  const [status, setStatus] = useState('trial');
  const [hours, setHours] = useState('');

  const importNow = async () => {
    if (!(await download())) return;
    const answer = await run((api) => adoptionApi.record(api, templateId, { version }));
    if (!answer.ok) return;
    setDone(true);
    onDone();
  };
  const update = async () => {
    const answer = await run((api) =>
      adoptionApi.record(api, templateId, { version, status: member(ADOPTION_STATUSES, status), hoursSavedPerYear: hours ? Number(hours) : undefined }));
    if (answer.ok) onDone();
  };
  return (
    <section aria-labelledby="import-title" className="space-y-4 rounded-8 border-2 border-blue-900 p-4">
      <h2 id="import-title" className="text-std-24B-150">
        {t('adoption.title')}
      </h2>
      <p>{t('adoption.lead')}</p>
      <button type="button" className={buttonPrimary} onClick={() => void importNow()}>
        {t('adoption.import', { version })}
      </button>
      {done && (
        <p role="status" className="text-std-16B-170">
          {t('adoption.recorded')}
        </p>
      )}
      <ProblemAlert error={downloadError ?? error} />
      {done && (
        <div className="grid gap-4 sm:grid-cols-2">
          <Field label={t('adoption.status')}>
            {(a) => (
              <select {...a} className={inputClass} value={status} onChange={(e) => setStatus(e.target.value)}>
                {ADOPTION_STATUSES.map((s) => (
                  <option key={s} value={s}>
                    {t(`adoptionStatus.${s}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t('adoption.hours')} support={t('adoption.hoursSupport')} error={error?.fieldError('hoursSavedPerYear')}>
            {(a) => <input {...a} className={inputClass} inputMode="decimal" value={hours} onChange={(e) => setHours(e.target.value)} />}
          </Field>
          <div>
            <button type="button" className={buttonSecondary} onClick={() => void update()}>
              {t('adoption.update')}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
