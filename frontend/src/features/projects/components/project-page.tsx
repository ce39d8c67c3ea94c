import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { buttonPrimary, buttonSecondary, Field, inputClass } from '../../../components/field';
import { ProblemAlert } from '../../../components/problem-alert';
import type { ApiError } from '../../../lib/api-client';
import { renderMarkdown } from '../../../lib/markdown';
import { asApiError, useQuery } from '../../../lib/use-api';
import { projectsApi, type ProjectDetail, type ProjectFields } from '../api';
import { useProject } from './use-project';

/** A project: goal, member wards and members, the standard flow with its history, milestones and standard templates. */
export function ProjectPage() {
  const { id } = useParams();
  const { t, i18n } = useTranslation();
  const { project, error, save, putMember, removeMember } = useProject(id);
  const wards = useQuery(projectsApi.wards, []).data ?? [];
  const wardName = (slug?: string | null) => {
    const w = wards.find((x) => x.slug === slug);
    return (w ? (i18n.language === 'en' ? w.nameEn : w.nameJa) : null) ?? slug ?? '';
  };
  const [saveError, setSaveError] = useState<ApiError | null>(null);
  const [message, setMessage] = useState('');
  const run = async (work: () => Promise<void>, done: string) => {
    try {
      await work();
      setSaveError(null);
      setMessage(done);
    } catch (e) {
      setSaveError(asApiError(e));
    }
  };
  // A merge patch: the title (required by the contract's body) goes unchanged, the given fields replace theirs.
  const patch = (p: Partial<ProjectFields>) => run(() => save({ title: project?.title ?? '', ...p }), t('projects.saved'));
  if (!project) return <ProblemAlert error={error} />;
  return (
    <article aria-labelledby="project-title" className="max-w-4xl space-y-8">
      <header className="space-y-2">
        <h1 id="project-title" className="text-std-32B-150">{project.title}</h1>
        <p>
          {t('projects.process')}:{' '}
          <Link to={`/processes/${project.processId}/board`}>
            {i18n.language === 'en' ? (project.processNameEn ?? project.processNameJa) : project.processNameJa}
          </Link>
        </p>
        {project.goal && <p>{t('projects.goal')}: {project.goal}</p>}
        <p>{t('projects.memberWards')}: {(project.memberWards ?? []).map(wardName).join('、') || '—'}</p>
      </header>
      <ProblemAlert error={saveError} />
      <p role="status" className="empty:sr-only">{message}</p>
      <FlowSection project={project} onSave={(flow) => patch({ flow })} />
      <MembersSection project={project} wardName={wardName}
        onAdd={(s, n, w) => run(() => putMember(s, n, w), t('projects.saved'))}
        onRemove={(s) => run(() => removeMember(s), t('projects.saved'))} />
      <section aria-labelledby="milestones" className="space-y-3">
        <h2 id="milestones" className="text-std-24B-150">{t('projects.milestones')}</h2>
        <ul className="list-disc space-y-1 pl-6">
          {(project.milestones ?? []).map((m, i) => (
            <li key={i}>
              {m.title} — {t('projects.dueOn', { date: m.dueOn })}
              {m.doneOn ? ` ・ ${t('projects.doneOn', { date: m.doneOn })}` : ` ・ ${t('projects.open')}`}
            </li>
          ))}
        </ul>
        {project.canEdit && <MilestoneForm onAdd={(title, dueOn) => patch({ milestones: [...(project.milestones ?? []), { title, dueOn }] })} />}
      </section>
      <section aria-labelledby="standard-templates" className="space-y-3">
        <h2 id="standard-templates" className="text-std-24B-150">{t('projects.templates')}</h2>
        {(project.templates ?? []).length === 0 && <p>{t('projects.noTemplates')}</p>}
        <ul className="list-disc space-y-1 pl-6">
          {(project.templates ?? []).map((tp) => (
            <li key={tp.id}><Link to={`/templates/${tp.id}`}>{tp.title}</Link>（{wardName(tp.ownerWard)}）</li>
          ))}
        </ul>
      </section>
    </article>
  );
}

function FlowSection({ project, onSave }: { project: ProjectDetail; onSave: (flow: string) => Promise<void> }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [flow, setFlow] = useState(project.flow ?? '');
  const history = useQuery(project.id ? (api) => projectsApi.flow(api, project.id ?? '') : null, [project.id, project.flowVersion]);
  return (
    <section aria-labelledby="flow" className="space-y-3">
      <h2 id="flow" className="text-std-24B-150">{t('projects.flow')}（{t('projects.flowVersion', { version: project.flowVersion })}）</h2>
      {editing ? (
        <form className="space-y-4" noValidate onSubmit={(e) => { e.preventDefault(); void onSave(flow).then(() => setEditing(false)); }}>
          <Field label={t('projects.flow')} support={t('projects.flowSupport')}>
            {(a) => <textarea {...a} name="flow" className={inputClass} rows={10} value={flow} onChange={(e) => setFlow(e.target.value)} />}
          </Field>
          <div className="flex gap-4">
            <button type="submit" className={buttonPrimary}>{t('projects.saveFlow')}</button>
            <button type="button" className={buttonSecondary} onClick={() => setEditing(false)}>{t('projects.cancel')}</button>
          </div>
        </form>
      ) : (
        <>
          <div className="prose space-y-2 rounded-8 border border-solid-gray-420 p-4" data-testid="flow-body"
            dangerouslySetInnerHTML={{ __html: renderMarkdown(project.flow) }} />
          {project.canEdit && (
            <button type="button" className={buttonSecondary} onClick={() => { setFlow(project.flow ?? ''); setEditing(true); }}>
              {t('projects.editFlow')}
            </button>
          )}
        </>
      )}
      <details>
        <summary>{t('projects.history', { count: history.data?.total ?? 0 })}</summary>
        <ol className="space-y-3 pt-2">
          {(history.data?.items ?? []).map((v) => (
            <li key={v.version} className="rounded-8 border border-solid-gray-420 p-3">
              <p className="text-std-16B-170">
                {t('projects.flowVersion', { version: v.version })} ・ {v.editorName ?? v.editedBy} ・ {v.editedAt?.slice(0, 10)}
              </p>
              <pre className="whitespace-pre-wrap">{v.body}</pre>
            </li>
          ))}
        </ol>
      </details>
    </section>
  );
}

function MembersSection(props: { project: ProjectDetail; wardName: (s?: string | null) => string;
  onAdd: (subject: string, name: string, ward: string) => Promise<void>; onRemove: (subject: string) => Promise<void> }) {
  const { t } = useTranslation();
  const [form, setForm] = useState({ subject: '', name: '', ward: '' });
  return (
    <section aria-labelledby="members" className="space-y-3">
      <h2 id="members" className="text-std-24B-150">{t('projects.members')}</h2>
      <ul className="space-y-2">
        {(props.project.members ?? []).map((m) => (
          <li key={m.subject} className="flex flex-wrap items-center gap-4">
            <span>{m.name ?? m.subject}{m.ward ? `（${props.wardName(m.ward)}）` : ''}</span>
            {props.project.canEdit && (
              <button type="button" className={buttonSecondary} onClick={() => void props.onRemove(m.subject ?? '')}>
                {t('projects.remove', { name: m.name ?? m.subject })}
              </button>
            )}
          </li>
        ))}
      </ul>
      {props.project.canEdit && (
        <form className="grid gap-4 sm:grid-cols-3" noValidate
          onSubmit={(e) => { e.preventDefault(); void props.onAdd(form.subject, form.name, form.ward).then(() => setForm({ subject: '', name: '', ward: '' })); }}>
          <Field label={t('projects.subject')} required support={t('projects.subjectSupport')}>
            {(a) => <input {...a} className={inputClass} value={form.subject} onChange={(e) => setForm({ ...form, subject: e.target.value })} />}
          </Field>
          <Field label={t('projects.memberName')}>
            {(a) => <input {...a} className={inputClass} value={form.name} onChange={(e) => setForm({ ...form, name: e.target.value })} />}
          </Field>
          <Field label={t('projects.memberWard')}>
            {(a) => <input {...a} className={inputClass} value={form.ward} onChange={(e) => setForm({ ...form, ward: e.target.value })} />}
          </Field>
          <button type="submit" className={buttonPrimary}>{t('projects.addMember')}</button>
        </form>
      )}
    </section>
  );
}

function MilestoneForm({ onAdd }: { onAdd: (title: string, dueOn: string) => Promise<void> }) {
  const { t } = useTranslation();
  const [title, setTitle] = useState('');
  const [dueOn, setDueOn] = useState('');
  return (
    <form className="grid gap-4 sm:grid-cols-3" noValidate onSubmit={(e) => { e.preventDefault(); void onAdd(title, dueOn); }}>
      <Field label={t('projects.milestoneTitle')} required>
        {(a) => <input {...a} className={inputClass} value={title} onChange={(e) => setTitle(e.target.value)} />}
      </Field>
      <Field label={t('projects.milestoneDue')} required>
        {(a) => <input {...a} type="date" className={inputClass} value={dueOn} onChange={(e) => setDueOn(e.target.value)} />}
      </Field>
      <button type="submit" className={buttonPrimary}>{t('projects.addMilestone')}</button>
    </form>
  );
}
