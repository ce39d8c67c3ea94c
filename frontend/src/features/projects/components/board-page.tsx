import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { buttonPrimary, buttonSecondary, Field, inputClass } from '../../../components/field';
import { ProblemAlert } from '../../../components/problem-alert';
import { useDownload } from '../../../lib/download';
import { useMe } from '../../../lib/me';
import { member } from '../../../lib/one-of';
import { useMutation, useQuery } from '../../../lib/use-api';
import { ADOPTION_STATUSES } from '../../../types/schemas';
import { currentFiscalYear, projectsApi, type Board } from '../api';
import { StatusBadge } from './status-badge';

const STATUSES = ['production', 'trial', 'planned', 'not_started'] as const;

/** One common process × the 23 wards: who runs the standard, who tries it, who plans to move, who has not started. */
export function BoardPage() {
  const { id } = useParams();
  const { t, i18n } = useTranslation();
  const { me } = useMe();
  const [fiscalYear, setFiscalYear] = useState(currentFiscalYear());
  const board = useQuery(id ? (api) => projectsApi.board(api, id, fiscalYear) : null, [id, fiscalYear]);
  const csv = useDownload();
  const en = i18n.language === 'en';
  const b = board.data;
  const f = b?.figures;
  const years = Array.from({ length: 5 }, (_, i) => currentFiscalYear() - i);
  const roles = me?.roles ?? [];
  return (
    <section aria-labelledby="board-title" className="space-y-8">
      <h1 id="board-title" className="text-std-32B-150">
        {t('projects.boardTitle', { process: f ? (en ? (f.nameEn ?? f.nameJa) : f.nameJa) : '' })}
      </h1>
      <div className="flex flex-wrap items-end gap-4">
        <Field label={t('projects.fiscalYear')}>
          {(a) => (
            <select {...a} className={inputClass} value={fiscalYear} onChange={(e) => setFiscalYear(Number(e.target.value))}>
              {years.map((y) => <option key={y} value={y}>{t('projects.fy', { year: y })}</option>)}
            </select>
          )}
        </Field>
        <button type="button" className={buttonSecondary}
          onClick={() => id && void csv.download((api) => projectsApi.boardCsv(api, id, fiscalYear), `yokoten-board-FY${fiscalYear}.csv`)}>
          {t('projects.csv')}
        </button>
      </div>
      <ProblemAlert error={csv.error} />
      <ProblemAlert error={board.error} />
      {b && f && (
        <>
          <p className="text-std-20B-150" data-testid="board-summary">
            {t('projects.summary', { production: f.production, trial: f.trial, planned: f.planned, notStarted: f.notStarted,
              rate: f.wardRate == null ? '—' : `${(f.wardRate * 100).toFixed(2)}%` })}
            {' '}{f.standardised ? t('projects.isStandardised', { threshold: b.threshold }) : t('projects.notStandardised', { threshold: b.threshold, lead: f.leadingTemplateWards })}
          </p>
          <ul className="flex flex-wrap gap-4" aria-label={t('projects.legend')}>
            {STATUSES.map((s) => <li key={s}><StatusBadge status={s} /></li>)}
          </ul>
          <ol className="grid grid-cols-1 gap-3 sm:grid-cols-3 lg:grid-cols-4" data-testid="board-grid">
            {(b.wards ?? []).map((w) => (
              <li key={w.ward} className="space-y-1 rounded-8 border border-solid-gray-420 p-3" data-ward={w.ward} data-status={w.status}>
                <p className="text-std-17B-170">{en ? w.wardNameEn : w.wardNameJa}</p>
                <StatusBadge status={w.status ?? 'not_started'} />
                {w.templateTitle && <p className="text-solid-gray-700">{w.templateTitle}（{w.adoptedOn}）</p>}
                {w.source === 'hearing' && <p className="text-solid-gray-700">{t('projects.byHearing')}</p>}
                {w.planTargetOn && <p className="text-solid-gray-700">{t('projects.planTarget', { date: w.planTargetOn })}</p>}
              </li>
            ))}
          </ol>
          {roles.includes('publisher') && me?.ward?.slug && id && <PlanForm processId={id} ward={me.ward.slug} onDone={board.reload} />}
          {(roles.includes('reviewer') || roles.includes('admin')) && <HearingForm board={b} onDone={board.reload} />}
        </>
      )}
    </section>
  );
}

function PlanForm({ processId, ward, onDone }: { processId: string; ward: string; onDone: () => void }) {
  const { t } = useTranslation();
  const { run, error } = useMutation();
  const [form, setForm] = useState({ targetOn: '', note: '' });
  const [message, setMessage] = useState('');
  const declare = async () => {
    const answer = await run((api) => projectsApi.declarePlan(api, ward, processId, { targetOn: form.targetOn, note: form.note || undefined }));
    if (!answer.ok) return;
    setMessage(t('projects.planSaved'));
    onDone();
  };
  return (
    <section aria-labelledby="plan-form" className="max-w-3xl space-y-4">
      <h2 id="plan-form" className="text-std-24B-150">{t('projects.planTitle')}</h2>
      <form className="space-y-6" noValidate onSubmit={(e) => { e.preventDefault(); void declare(); }}>
        <Field label={t('projects.targetOn')} required support={t('projects.targetSupport')} error={error?.fieldError('targetOn')}>
          {(a) => <input {...a} type="date" name="targetOn" className={inputClass} value={form.targetOn}
            onChange={(e) => setForm({ ...form, targetOn: e.target.value })} />}
        </Field>
        <Field label={t('projects.note')} error={error?.fieldError('note')}>
          {(a) => <textarea {...a} name="planNote" className={inputClass} rows={3} value={form.note}
            onChange={(e) => setForm({ ...form, note: e.target.value })} />}
        </Field>
        <ProblemAlert error={error} />
        <button type="submit" className={buttonPrimary}>{t('projects.declare')}</button>
      </form>
      {message && <p role="status">{message}</p>}
    </section>
  );
}

function HearingForm({ board, onDone }: { board: Board; onDone: () => void }) {
  const { t, i18n } = useTranslation();
  const { run, error } = useMutation();
  const [form, setForm] = useState({ templateId: '', ward: '', status: 'production', adoptedOn: '', note: '' });
  const [message, setMessage] = useState('');
  const record = async () => {
    const answer = await run((api) =>
      projectsApi.recordHearing(api, form.templateId, form.ward, { status: member(ADOPTION_STATUSES, form.status), adoptedOn: form.adoptedOn || undefined, note: form.note }));
    if (!answer.ok) return;
    setMessage(t('projects.hearingSaved'));
    onDone();
  };
  const set = (k: keyof typeof form) => (e: { target: { value: string } }) => setForm({ ...form, [k]: e.target.value });
  return (
    <section aria-labelledby="hearing-form" className="max-w-3xl space-y-4">
      <h2 id="hearing-form" className="text-std-24B-150">{t('projects.hearingTitle')}</h2>
      <p>{t('projects.hearingLead')}</p>
      <form className="space-y-6" noValidate onSubmit={(e) => { e.preventDefault(); void record(); }}>
        <Field label={t('projects.template')} required>
          {(a) => (
            <select {...a} name="hearingTemplate" className={inputClass} value={form.templateId} onChange={set('templateId')}>
              <option value="">{t('projects.choose')}</option>
              {(board.templates ?? []).map((tp) => <option key={tp.id} value={tp.id}>{tp.title}</option>)}
            </select>
          )}
        </Field>
        <Field label={t('projects.ward')} required>
          {(a) => (
            <select {...a} name="hearingWard" className={inputClass} value={form.ward} onChange={set('ward')}>
              <option value="">{t('projects.choose')}</option>
              {(board.wards ?? []).map((w) => (
                <option key={w.ward} value={w.ward}>{i18n.language === 'en' ? w.wardNameEn : w.wardNameJa}</option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('projects.adoptionStatus')} required error={error?.fieldError('status')}>
          {(a) => (
            <select {...a} className={inputClass} value={form.status} onChange={set('status')}>
              <option value="production">{t('projects.status.production')}</option>
              <option value="trial">{t('projects.status.trial')}</option>
              <option value="discontinued">{t('projects.discontinued')}</option>
            </select>
          )}
        </Field>
        <Field label={t('projects.adoptedOn')} error={error?.fieldError('adoptedOn')}>
          {(a) => <input {...a} type="date" className={inputClass} value={form.adoptedOn} onChange={set('adoptedOn')} />}
        </Field>
        <Field label={t('projects.hearingNote')} required support={t('projects.hearingNoteSupport')} error={error?.fieldError('note')}>
          {(a) => <textarea {...a} name="hearingNote" className={inputClass} rows={3} value={form.note} onChange={set('note')} />}
        </Field>
        <ProblemAlert error={error} />
        <button type="submit" className={buttonPrimary}>{t('projects.recordHearing')}</button>
      </form>
      {message && <p role="status">{message}</p>}
    </section>
  );
}
