import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Field, buttonPrimary, inputClass } from '../../../components/field';
import { ProblemAlert } from '../../../components/problem-alert';
import { useMe } from '../../../lib/me';
import { useMutation, useQuery } from '../../../lib/use-api';
import { awardsApi } from '../api';

/** The award's rounds, newest first; admin creates the next one here. */
export function AwardsPage() {
  const { t } = useTranslation();
  const { me } = useMe();
  const rounds = useQuery(awardsApi.rounds, []);
  const isAdmin = me?.roles?.includes('admin') ?? false;
  return (
    <section aria-labelledby="awards-title" className="space-y-8">
      <h1 id="awards-title" className="text-std-32B-150">
        {t('awards.title')}
      </h1>
      <ProblemAlert error={rounds.error} />
      <section aria-labelledby="rounds-title" className="space-y-4">
        <h2 id="rounds-title" className="text-std-24B-150">
          {t('awards.rounds')}
        </h2>
        {rounds.data?.items?.length === 0 && <p>{t('awards.none')}</p>}
        <ul className="space-y-3">
          {rounds.data?.items?.map((r) => (
            <li key={r.id} className="rounded-8 border border-solid-gray-420 p-4">
              <Link to={`/awards/${r.id}`} className="text-std-17B-170 text-blue-1000 underline">
                {r.title}
              </Link>
              <p className="text-solid-gray-700">
                {t('awards.fy', { year: r.fiscalYear })} ・ {t(`awards.phase.${r.phase}`)} ・ {t('awards.entriesCount', { count: r.entries })}
              </p>
            </li>
          ))}
        </ul>
      </section>
      {isAdmin && <CreateRound onCreated={rounds.reload} />}
    </section>
  );
}

function CreateRound({ onCreated }: { onCreated: () => void }) {
  const { t } = useTranslation();
  const { run, error } = useMutation();
  const year = new Date().getFullYear();
  const [form, setForm] = useState({ fiscalYear: String(year), title: '', entriesCloseOn: `${year}-11-30`, judgingClosesOn: `${year + 1}-01-31`, max: '3' });
  const set = (key: keyof typeof form) => (e: { target: { value: string } }) => setForm({ ...form, [key]: e.target.value });
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const body = { fiscalYear: Number(form.fiscalYear), title: form.title, entriesCloseOn: form.entriesCloseOn,
      judgingClosesOn: form.judgingClosesOn, maxEntriesPerWard: Number(form.max) };
    if ((await run((api) => awardsApi.create(api, body))).ok) onCreated();
  };
  return (
    <form onSubmit={(e) => void submit(e)} aria-labelledby="create-title" className="max-w-xl space-y-4">
      <h2 id="create-title" className="text-std-24B-150">
        {t('awards.create.title')}
      </h2>
      <ProblemAlert error={error} />
      <Field label={t('awards.create.fiscalYear')} required error={error?.fieldError('fiscalYear')}>
        {(a) => <input {...a} type="number" className={inputClass} value={form.fiscalYear} onChange={set('fiscalYear')} />}
      </Field>
      <Field label={t('awards.create.name')} required error={error?.fieldError('title')}>
        {(a) => <input {...a} className={inputClass} value={form.title} onChange={set('title')} />}
      </Field>
      <Field label={t('awards.create.entriesCloseOn')} required error={error?.fieldError('entriesCloseOn')}>
        {(a) => <input {...a} type="date" className={inputClass} value={form.entriesCloseOn} onChange={set('entriesCloseOn')} />}
      </Field>
      <Field label={t('awards.create.judgingClosesOn')} required error={error?.fieldError('judgingClosesOn')}>
        {(a) => <input {...a} type="date" className={inputClass} value={form.judgingClosesOn} onChange={set('judgingClosesOn')} />}
      </Field>
      <Field label={t('awards.create.maxEntries')} error={error?.fieldError('maxEntriesPerWard')}>
        {(a) => <input {...a} type="number" min={1} max={20} className={inputClass} value={form.max} onChange={set('max')} />}
      </Field>
      <button type="submit" className={buttonPrimary}>
        {t('awards.create.submit')}
      </button>
    </form>
  );
}
