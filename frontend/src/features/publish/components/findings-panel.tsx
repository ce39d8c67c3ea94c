import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { buttonSecondary, Field, inputClass } from '../../../components/field';
import { ProblemAlert } from '../../../components/problem-alert';
import { useMutation, useQuery } from '../../../lib/use-api';
import type { FindingView as Finding } from '../../../types/schemas';
import { publishApi } from '../api';

/**
 * Governance findings of one version, high first. With {@code editable} (the owning ward's publisher, draft
 * or rejected version) each finding gets a justification form; reviewers see the same list read-only.
 */
export function FindingsPanel({ templateId, version, editable }: { templateId: string; version: string; editable: boolean }) {
  const { t } = useTranslation();
  const list = useQuery((api) => publishApi.findings(api, templateId, version), [templateId, version]);
  const items = list.data?.items ?? [];
  const headingId = `findings-${version.replace(/\W/g, '-')}`;
  return (
    <section aria-labelledby={headingId} className="space-y-3" data-testid="findings">
      <h3 id={headingId} className="text-std-20B-160">
        {t('findings.title', { version })}
      </h3>
      <ProblemAlert error={list.error} />
      {list.data && items.length === 0 && <p>{t('findings.none')}</p>}
      <ul className="space-y-3">
        {items.map((f) => (
          <li key={f.id} className={`rounded-8 border-2 p-3 ${f.severity === 'high' ? 'border-red-900' : 'border-solid-gray-420'}`}>
            <p>
              <strong>{t(`findings.severity.${f.severity}`)}</strong> ・ {t(`findings.rules.${f.rule}`, { defaultValue: f.rule })}
            </p>
            <p className="text-solid-gray-700">
              {f.location} ・ <code>{f.excerpt}</code>
            </p>
            {f.justification && (
              <p data-testid="justification">
                {t('findings.justifiedBy', { name: f.justifiedByName })}: {f.justification}
              </p>
            )}
            {editable && <Justify templateId={templateId} version={version} finding={f} onDone={list.reload} />}
          </li>
        ))}
      </ul>
    </section>
  );
}

function Justify({ templateId, version, finding, onDone }: { templateId: string; version: string; finding: Finding; onDone: () => void }) {
  const { t } = useTranslation();
  const { run, error } = useMutation();
  const [text, setText] = useState(finding.justification ?? '');
  const save = async () => {
    if ((await run((api) => publishApi.justify(api, templateId, version, finding.id ?? '', text))).ok) onDone();
  };
  return (
    <form className="mt-2 space-y-2" onSubmit={(e) => { e.preventDefault(); void save(); }}>
      <Field label={t('findings.justification')} required={finding.severity === 'high'} support={t('findings.justificationSupport')}
        error={error?.fieldError('justification')}>
        {(a) => <textarea {...a} className={inputClass} rows={2} value={text} onChange={(e) => setText(e.target.value)} />}
      </Field>
      <ProblemAlert error={error} />
      <button type="submit" className={buttonSecondary}>
        {t('findings.justify')}
      </button>
    </form>
  );
}
