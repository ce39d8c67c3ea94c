import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { buttonPrimary, buttonSecondary, Field, inputClass } from '../../../components/field';
import { ProblemAlert } from '../../../components/problem-alert';
import { useDownload } from '../../../lib/download';
import { useMe } from '../../../lib/me';
import { useMutation, useQuery } from '../../../lib/use-api';
import { currentFiscalYear, projectsApi } from '../api';

const percent = (rate: number | null | undefined) => (rate == null ? '—' : `${(rate * 100).toFixed(2)}%`);

/** Standardisation of common processes: every process with its rates (the KPI figure), the projects, and (admin) a new project. */
export function ProjectsPage() {
  const { t, i18n } = useTranslation();
  const { me } = useMe();
  const [fiscalYear, setFiscalYear] = useState(currentFiscalYear());
  const overview = useQuery((api) => projectsApi.overview(api, fiscalYear), [fiscalYear]);
  const projects = useQuery(projectsApi.list, []);
  const csv = useDownload();
  const en = i18n.language === 'en';
  const years = Array.from({ length: 5 }, (_, i) => currentFiscalYear() - i);
  return (
    <section aria-labelledby="projects-title" className="space-y-8">
      <h1 id="projects-title" className="text-std-32B-150">{t('projects.title')}</h1>
      <p>{t('projects.lead')}</p>
      <div className="flex flex-wrap items-end gap-4">
        <Field label={t('projects.fiscalYear')}>
          {(a) => (
            <select {...a} className={inputClass} value={fiscalYear} onChange={(e) => setFiscalYear(Number(e.target.value))}>
              {years.map((y) => <option key={y} value={y}>{t('projects.fy', { year: y })}</option>)}
            </select>
          )}
        </Field>
        <button type="button" className={buttonSecondary}
          onClick={() => void csv.download((api) => projectsApi.overviewCsv(api, fiscalYear), `yokoten-standardisation-FY${fiscalYear}.csv`)}>
          {t('projects.csv')}
        </button>
      </div>
      <ProblemAlert error={csv.error} />
      <ProblemAlert error={overview.error} />
      {overview.data && (
        <>
          <p className="text-std-20B-150" data-testid="overall-rate">
            {t('projects.overall', { rate: percent(overview.data.rate), standardised: overview.data.standardisedProcesses,
              processes: overview.data.processes, threshold: overview.data.threshold })}
          </p>
          <div className="overflow-x-auto">
            <table className="w-full border-collapse text-left">
              <caption className="sr-only">{t('projects.overviewCaption', { year: fiscalYear })}</caption>
              <thead>
                <tr className="border-b-2 border-solid-gray-900">
                  <th scope="col" className="p-2">{t('projects.process')}</th>
                  <th scope="col" className="p-2">{t('projects.status.production')}</th>
                  <th scope="col" className="p-2">{t('projects.status.trial')}</th>
                  <th scope="col" className="p-2">{t('projects.status.planned')}</th>
                  <th scope="col" className="p-2">{t('projects.status.not_started')}</th>
                  <th scope="col" className="p-2">{t('projects.wardRate')}</th>
                  <th scope="col" className="p-2">{t('projects.standardised')}</th>
                </tr>
              </thead>
              <tbody>
                {(overview.data.items ?? []).map((p) => (
                  <tr key={p.processId} className="border-b border-solid-gray-420">
                    <th scope="row" className="p-2">
                      <Link to={`/processes/${p.processId}/board`}>{en ? (p.nameEn ?? p.nameJa) : p.nameJa}</Link>
                    </th>
                    <td className="p-2">{p.production}</td>
                    <td className="p-2">{p.trial}</td>
                    <td className="p-2">{p.planned}</td>
                    <td className="p-2">{p.notStarted}</td>
                    <td className="p-2">{percent(p.wardRate)}</td>
                    <td className="p-2">{p.standardised ? t('projects.yes') : t('projects.no')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
      <section aria-labelledby="project-list" className="space-y-4">
        <h2 id="project-list" className="text-std-24B-150">{t('projects.list')}</h2>
        <ProblemAlert error={projects.error} />
        {projects.data && (projects.data.items ?? []).length === 0 && <p>{t('projects.none')}</p>}
        <ul className="space-y-3">
          {(projects.data?.items ?? []).map((p) => (
            <li key={p.id} className="rounded-8 border border-solid-gray-420 p-4">
              <Link to={`/projects/${p.id}`} className="text-std-20B-150">{p.title}</Link>
              <p className="text-solid-gray-700">
                {en ? (p.processNameEn ?? p.processNameJa) : p.processNameJa} ・ {t('projects.memberWardCount', { count: p.memberWards?.length ?? 0 })}
                {' '}・ {t('projects.flowVersion', { version: p.flowVersion })}
              </p>
            </li>
          ))}
        </ul>
      </section>
      {me?.roles?.includes('admin') && <NewProjectForm />}
    </section>
  );
}

function NewProjectForm() {
  const { t, i18n } = useTranslation();
  const processes = useQuery(projectsApi.processes, []);
  const { run, error } = useMutation();
  const navigate = useNavigate();
  const [form, setForm] = useState({ processId: '', title: '', goal: '' });
  const create = async () => {
    const answer = await run((api) =>
      projectsApi.create(api, { processId: form.processId, title: form.title, goal: form.goal || undefined, memberWards: [] }));
    if (answer.ok) navigate(`/projects/${answer.data.id}`);
  };
  return (
    <section aria-labelledby="new-project" className="max-w-3xl space-y-4">
      <h2 id="new-project" className="text-std-24B-150">{t('projects.new')}</h2>
      <form className="space-y-6" noValidate onSubmit={(e) => { e.preventDefault(); void create(); }}>
        <Field label={t('projects.process')} required error={error?.fieldError('processId')}>
          {(a) => (
            <select {...a} className={inputClass} value={form.processId} onChange={(e) => setForm({ ...form, processId: e.target.value })}>
              <option value="">{t('projects.choose')}</option>
              {(processes.data ?? []).map((p) => (
                <option key={p.id} value={p.id}>{i18n.language === 'en' ? (p.nameEn ?? p.nameJa) : p.nameJa}</option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('projects.projectTitle')} required error={error?.fieldError('title')}>
          {(a) => <input {...a} className={inputClass} value={form.title} onChange={(e) => setForm({ ...form, title: e.target.value })} />}
        </Field>
        <Field label={t('projects.goal')} error={error?.fieldError('goal')}>
          {(a) => <textarea {...a} className={inputClass} rows={3} value={form.goal} onChange={(e) => setForm({ ...form, goal: e.target.value })} />}
        </Field>
        <ProblemAlert error={error} />
        <button type="submit" className={buttonPrimary}>{t('projects.create')}</button>
      </form>
    </section>
  );
}
