import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { buttonSecondary, Field, inputClass } from './field';
import { useLabels } from '../lib/labels';
import { linkableTemplates } from '../lib/linkable-templates';
import { useMe } from '../lib/me';
import { useQuery } from '../lib/use-api';
import type { Api, ApiError } from '../lib/api-client';

export type LinkedTemplate = { id: string; title: string; ownerWard: string };
type Candidates = { items?: { id?: string; title?: string; ownerWard?: string }[] };

/** Templates a publishable item may link: a text search, or (with no text) the caller's ward's drafts. */
export type LinkableSearch = (api: Api, query: { q: string } | { ward: string }) => Promise<Candidates>;

/** The linked templates from the JSON a form keeps in sessionStorage (strings only). */
export function parseLinks(json: string): LinkedTemplate[] {
  try {
    const value: unknown = JSON.parse(json);
    if (!Array.isArray(value)) return [];
    return value.flatMap((v: unknown) => {
      if (typeof v !== 'object' || v === null) return [];
      const field = (k: string) => { const x: unknown = Reflect.get(v, k); return typeof x === 'string' ? x : ''; };
      return field('id') ? [{ id: field('id'), title: field('title'), ownerWard: field('ownerWard') }] : [];
    });
  } catch {
    return [];
  }
}

/**
 * The linked templates of an edit form that keeps them as JSON in its `links` field (useEditable's draft holds
 * strings only); the server names a bad link as `templateIds/0`.
 */
export function LinkedTemplatesField({ legend, edit }: {
  legend: string;
  edit: { form: { links: string }; change: (next: { links: string }) => void; error: ApiError | null };
}) {
  return (
    <TemplateLinkPicker legend={legend} value={parseLinks(edit.form.links)} error={edit.error?.fieldError('templateIds/0')}
      onChange={(next) => edit.change({ links: JSON.stringify(next) })} />
  );
}

/** The JSON of `links` for a form's draft, from the templates an item links. */
export function linksJson(templates: { id?: string; title?: string; ownerWard?: string }[] | undefined): string {
  return JSON.stringify((templates ?? []).map((l) => ({ id: l.id ?? '', title: l.title ?? '', ownerWard: l.ownerWard ?? '' })));
}

/**
 * Linked templates of a story or article: the chosen ones with a remove button, and a search over what may be
 * linked (by default the catalog search of lib/linkable-templates).
 */
export function TemplateLinkPicker({ legend, value, onChange, error, linkable = linkableTemplates }: {
  legend: string; value: LinkedTemplate[]; onChange: (v: LinkedTemplate[]) => void; error?: string; linkable?: LinkableSearch;
}) {
  const { t } = useTranslation();
  const labels = useLabels();
  const { me } = useMe();
  const [q, setQ] = useState('');
  const text = q.trim();
  const ward = me?.ward?.slug;
  const found = useQuery(text ? (api) => linkable(api, { q: text }) : null, [text]);
  const mine = useQuery(ward ? (api) => linkable(api, { ward }) : null, [ward]);
  const candidates = [...(found.data?.items ?? []), ...(text ? [] : mine.data?.items ?? [])]
    .filter((c) => !value.some((v) => v.id === c.id));
  return (
    <fieldset className="space-y-3 rounded-8 border border-solid-gray-420 p-4">
      <legend className="text-std-16B-170">{legend}</legend>
      {error && <p className="text-red-900">＊{error}</p>}
      <ul className="space-y-1" data-testid="linked-templates">
        {value.map((l) => (
          <li key={l.id} className="flex items-center gap-2">
            {l.title}（{labels.ward(l.ownerWard)}）
            <button type="button" className={buttonSecondary} onClick={() => onChange(value.filter((v) => v.id !== l.id))}>
              {t('storyEdit.unlink', { title: l.title })}
            </button>
          </li>
        ))}
      </ul>
      <Field label={t('storyEdit.findTemplate')} support={t('storyEdit.findSupport')}>
        {(a) => <input {...a} type="search" className={inputClass} value={q} onChange={(e) => setQ(e.target.value)} />}
      </Field>
      <ul className="space-y-1">
        {candidates.map((c) => (
          <li key={c.id} className="flex items-center gap-2">
            {c.title}（{labels.ward(c.ownerWard)}）
            <button type="button" className={buttonSecondary}
              onClick={() => onChange([...value, { id: c.id ?? '', title: c.title ?? '', ownerWard: c.ownerWard ?? '' }])}>
              {t('storyEdit.link', { title: c.title })}
            </button>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
