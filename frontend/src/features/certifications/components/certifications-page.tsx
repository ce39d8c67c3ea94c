import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { buttonPrimary, buttonSecondary, Field, inputClass } from '../../../components/field';
import { ProblemAlert } from '../../../components/problem-alert';
import type { ApiError } from '../../../lib/api-client';
import { useDownload } from '../../../lib/download';
import { member } from '../../../lib/one-of';
import { useMutation, useQuery } from '../../../lib/use-api';
import { certificationsApi, LEVELS, type Certification, type RegisterQuery } from '../api';

const EMPTY: RegisterQuery = { ward: '', level: '', validOn: '', page: 0 };

/** The register for operators and publishers (their own ward): record, revoke with a reason, filter, export CSV. */
export function CertificationsPage() {
  const { t, i18n } = useTranslation();
  const wards = useQuery(certificationsApi.wards, []).data ?? [];
  const wardName = (slug?: string) => {
    const w = wards.find((x) => x.slug === slug);
    return (w ? (i18n.language === 'en' ? w.nameEn : w.nameJa) : slug) ?? '';
  };
  const [draft, setDraft] = useState<RegisterQuery>(EMPTY);
  const [query, setQuery] = useState<RegisterQuery>(EMPTY);
  const register = useQuery((api) => certificationsApi.register(api, query), [query]);
  const csv = useDownload();
  const [error, setError] = useState<ApiError | null>(null);
  const total = register.data?.total ?? 0;
  const size = register.data?.size ?? 20;

  const download = async () => {
    setError(null);
    await csv.download((api) => certificationsApi.csv(api, query), 'yokoten-certifications.csv');
  };

  return (
    <section aria-labelledby="register-title" className="space-y-6">
      <h1 id="register-title" className="text-std-32B-150">{t('certifications.title')}</h1>
      <p>{t('certifications.intro')}</p>
      <RecordForm wards={wards.map((w) => ({ slug: w.slug ?? '', name: wardName(w.slug) }))} onDone={register.reload} />
      <form role="search" aria-label={t('certifications.filters')} className="grid gap-4 sm:grid-cols-4"
        onSubmit={(e) => { e.preventDefault(); setQuery({ ...draft, page: 0 }); }}>
        <Field label={t('certifications.fields.ward')}>
          {(a) => (
            <select {...a} className={inputClass} value={draft.ward} onChange={(e) => setDraft({ ...draft, ward: e.target.value })}>
              <option value="">{t('certifications.any')}</option>
              {wards.map((w) => <option key={w.slug} value={w.slug}>{wardName(w.slug)}</option>)}
            </select>
          )}
        </Field>
        <Field label={t('certifications.fields.level')}>
          {(a) => (
            <select {...a} className={inputClass} value={draft.level} onChange={(e) => setDraft({ ...draft, level: e.target.value })}>
              <option value="">{t('certifications.any')}</option>
              <option value="basic">{t('certifications.levels.basic')}</option>
              <option value="advanced">{t('certifications.levels.advanced')}</option>
            </select>
          )}
        </Field>
        <Field label={t('certifications.validOn')}>
          {(a) => <input {...a} type="date" className={inputClass} value={draft.validOn} onChange={(e) => setDraft({ ...draft, validOn: e.target.value })} />}
        </Field>
        <div className="flex items-end gap-2">
          <button type="submit" className={buttonSecondary}>{t('certifications.apply')}</button>
          <button type="button" className={buttonSecondary} onClick={() => void download()}>{t('certifications.csv')}</button>
        </div>
      </form>
      <ProblemAlert error={error ?? csv.error ?? register.error} />
      <p role="status">{t('certifications.results', { count: total })}</p>
      <table className="w-full text-left">
        <thead>
          <tr>
            {(['name', 'ward', 'department', 'level', 'certifiedOn', 'expiresOn', 'state', 'actions'] as const).map((c) => (
              <th key={c} scope="col" className="border-b border-solid-gray-420 p-2">{t(`certifications.columns.${c}`)}</th>
            ))}
          </tr>
        </thead>
        <tbody data-testid="register-rows">
          {register.data?.items?.map((c) => (
            <Row key={c.id} c={c} ward={wardName(c.ward)} onChanged={register.reload} onError={setError} />
          ))}
        </tbody>
      </table>
      {register.data && total === 0 && <p>{t('certifications.none')}</p>}
      <nav aria-label={t('certifications.pages')} className="flex gap-4">
        <button type="button" className={buttonSecondary} disabled={query.page === 0} onClick={() => setQuery({ ...query, page: query.page - 1 })}>
          {t('certifications.prev')}
        </button>
        <button type="button" className={buttonSecondary} disabled={(query.page + 1) * size >= total} onClick={() => setQuery({ ...query, page: query.page + 1 })}>
          {t('certifications.next')}
        </button>
      </nav>
    </section>
  );
}

function Row({ c, ward, onChanged, onError }: { c: Certification; ward: string; onChanged: () => void; onError: (e: ApiError | null) => void }) {
  const { t } = useTranslation();
  const { run, error } = useMutation();
  // A refused revocation shows above the table, with the register's other problems.
  useEffect(() => {
    if (error) onError(error);
  }, [error, onError]);
  const [revoking, setRevoking] = useState(false);
  const [reason, setReason] = useState('');
  const state = c.revokedOn ? t('certifications.revoked', { date: c.revokedOn, reason: c.revokedReason })
    : c.validToday ? t('certifications.valid') : t('certifications.expired');
  const revoke = async (e: FormEvent) => {
    e.preventDefault();
    const id = c.id ?? '';
    const result = await run((api) => certificationsApi.revoke(api, id, reason));
    if (!result.ok) return;
    setRevoking(false);
    onChanged();
  };
  return (
    <tr>
      <td className="p-2">{c.displayName}</td>
      <td className="p-2">{ward}</td>
      <td className="p-2">{c.department ?? '—'}</td>
      <td className="p-2">{t(`certifications.levels.${c.level}`)}</td>
      <td className="p-2">{c.certifiedOn}</td>
      <td className="p-2">{c.expiresOn ?? '—'}</td>
      <td className="p-2">{state}</td>
      <td className="p-2">
        {!c.revokedOn && !revoking && (
          <button type="button" className={buttonSecondary} onClick={() => setRevoking(true)}>{t('certifications.revoke')}</button>
        )}
        {revoking && (
          <form onSubmit={(e) => void revoke(e)} className="space-y-2">
            <Field label={t('certifications.reason')} required>
              {(a) => <input {...a} className={inputClass} value={reason} onChange={(e) => setReason(e.target.value)} />}
            </Field>
            <button type="submit" className={buttonPrimary}>{t('certifications.confirmRevoke')}</button>
            <button type="button" className={buttonSecondary} onClick={() => setRevoking(false)}>{t('certifications.cancel')}</button>
          </form>
        )}
      </td>
    </tr>
  );
}

function RecordForm({ wards, onDone }: { wards: { slug: string; name: string }[]; onDone: () => void }) {
  const { t } = useTranslation();
  const { run, error, setError } = useMutation();
  const [f, setF] = useState({ ward: '', subject: '', displayName: '', department: '', level: 'basic', certifiedOn: '', expiresOn: '' });
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    const body = { ward: f.ward || undefined, subject: f.subject || undefined, displayName: f.displayName,
      department: f.department || undefined, level: member(LEVELS, f.level) ?? 'basic', certifiedOn: f.certifiedOn, expiresOn: f.expiresOn || undefined };
    if (!(await run((api) => certificationsApi.record(api, body))).ok) return;
    setF({ ...f, subject: '', displayName: '', department: '' });
    onDone();
  };
  const set = (k: keyof typeof f) => (e: { target: { value: string } }) => setF({ ...f, [k]: e.target.value });
  return (
    <form onSubmit={(e) => void submit(e)} aria-labelledby="record-title" className="grid gap-4 rounded-8 border border-solid-gray-420 p-4 sm:grid-cols-2">
      <h2 id="record-title" className="text-std-24B-150 sm:col-span-2">{t('certifications.record')}</h2>
      <div className="sm:col-span-2"><ProblemAlert error={error} /></div>
      <Field label={t('certifications.fields.ward')} error={error?.fieldError('ward')}>
        {(a) => (
          <select {...a} className={inputClass} value={f.ward} onChange={set('ward')}>
            <option value="">—</option>
            {wards.map((w) => <option key={w.slug} value={w.slug}>{w.name}</option>)}
          </select>
        )}
      </Field>
      <Field label={t('certifications.fields.displayName')} required error={error?.fieldError('displayName')}>
        {(a) => <input {...a} className={inputClass} maxLength={100} value={f.displayName} onChange={set('displayName')} />}
      </Field>
      <Field label={t('certifications.fields.department')} error={error?.fieldError('department')}>
        {(a) => <input {...a} className={inputClass} maxLength={100} value={f.department} onChange={set('department')} />}
      </Field>
      <Field label={t('certifications.fields.level')} required error={error?.fieldError('level')}>
        {(a) => (
          <select {...a} className={inputClass} value={f.level} onChange={set('level')}>
            <option value="basic">{t('certifications.levels.basic')}</option>
            <option value="advanced">{t('certifications.levels.advanced')}</option>
          </select>
        )}
      </Field>
      <Field label={t('certifications.fields.certifiedOn')} required error={error?.fieldError('certifiedOn')}>
        {(a) => <input {...a} type="date" className={inputClass} value={f.certifiedOn} onChange={set('certifiedOn')} />}
      </Field>
      <Field label={t('certifications.fields.expiresOn')} error={error?.fieldError('expiresOn')}>
        {(a) => <input {...a} type="date" className={inputClass} value={f.expiresOn} onChange={set('expiresOn')} />}
      </Field>
      <Field label={t('certifications.fields.subject')} support={t('certifications.fields.subjectHelp')} error={error?.fieldError('subject')}>
        {(a) => <input {...a} className={inputClass} value={f.subject} onChange={set('subject')} />}
      </Field>
      <div className="flex items-end"><button type="submit" className={buttonPrimary}>{t('certifications.save')}</button></div>
    </form>
  );
}
