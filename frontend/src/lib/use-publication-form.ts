import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import type { Api, Tagged } from './api-client';
import { useEditable, type Editable, type Strings } from './use-editable';
import type { PublicationStatus } from '../types/schemas';

/** The calls behind an edit page; a feature's api.ts provides them. */
export interface EditCalls<R, B> {
  get: (api: Api, id: string) => Promise<Tagged<R>>;
  create: (api: Api, body: B) => Promise<Tagged<R>>;
  patch: (api: Api, id: string, body: B, etag: string) => Promise<Tagged<R>>;
}

export interface PublicationForm<R, F extends Strings> {
  /** The route's `:id`; undefined while writing a new one. */
  id: string | undefined;
  edit: Editable<R, F>;
  /** A new, draft or rejected item; anything else is shown read-only. */
  editable: boolean;
  /** What the last save or submit achieved, for a role="status" line. */
  message: string;
  save: () => Promise<void>;
  submit: () => Promise<void>;
}

/**
 * The write side of a template, story or article at `…/:id` (no id: a new one). `kind` names the draft kept in
 * sessionStorage ('stories/<id>'). Saving creates the item or sends an If-Match merge patch; a created item opens
 * at `pageOf(id)`, and so does an edited one unless `saved` gives the line to show instead. `submit` hands the
 * item to review (stories and articles; a template is submitted from its management page).
 */
export function usePublicationForm<R extends { id?: string; status?: PublicationStatus }, F extends Strings, B>(kind: string, options: {
  calls: EditCalls<R, B>;
  submit?: (api: Api, id: string) => Promise<Tagged<R>>;
  empty: F;
  toForm: (r: R) => F;
  toFields: (f: F) => B;
  pageOf: (id: string) => string;
  saved?: string;
}): PublicationForm<R, F> {
  const { calls, toFields, pageOf, saved: savedText, submit: send } = options;
  const { id } = useParams();
  const { t } = useTranslation();
  const navigate = useNavigate();
  const edit = useEditable<R, F>(`${kind}/${id ?? 'new'}`, {
    empty: options.empty,
    toForm: options.toForm,
    load: id ? (api) => calls.get(api, id) : null,
  });
  const [message, setMessage] = useState('');

  const save = async () => {
    const body = toFields(edit.form);
    const saved = await edit.save((api, etag) => (id ? calls.patch(api, id, body, etag) : calls.create(api, body)));
    if (!saved) return;
    if (!id || savedText === undefined) navigate(pageOf(saved.id ?? ''));
    else setMessage(savedText);
  };
  const submit = async () => {
    if (!id || !send) return;
    // What the form shows is what goes to review: unsaved typing is saved first, and a failed save submits nothing.
    if (edit.dirty) {
      const body = toFields(edit.form);
      if (!(await edit.save((api, etag) => calls.patch(api, id, body, etag)))) return;
    }
    if (await edit.save((api) => send(api, id))) setMessage(t('manage.submitted'));
  };
  const status = edit.resource?.status;
  return { id, edit, message, save, submit, editable: !status || status === 'draft' || status === 'rejected' };
}
