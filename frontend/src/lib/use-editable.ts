import { useCallback, useEffect, useRef, useState } from 'react';
import { useAuth } from './auth';
import type { Api, ApiError, Tagged } from './api-client';
import { asApiError, useApiClient } from './use-api';

/** A form as the draft keeps it: every field a string (sessionStorage holds text only). */
export type Strings = Record<string, string>;

export interface Editable<R, F extends Strings> {
  form: F;
  /** A change handler for one text field; marks the draft as typed by the user. */
  set: (field: keyof F) => (e: { target: { value: string } }) => void;
  /** Changes several fields at once (e.g. a list the form keeps as JSON). */
  change: (next: Partial<F>) => void;
  /** The resource as last loaded or saved (null for a new one, or while loading). */
  resource: R | null;
  /** Replaces the resource after another call answered it (e.g. submit). */
  setResource: (r: R) => void;
  error: ApiError | null;
  /** True while the form holds typing that no save has sent yet. */
  dirty: boolean;
  /** Sends the form: `write` gets the ETag of what was loaded (for If-Match); the draft is dropped on success. */
  save: (write: (api: Api, etag: string) => Promise<Tagged<R>>) => Promise<R | null>;
}

/**
 * The draft/ETag/merge-patch form of an editable resource (template, story, …). `path` names the resource
 * ('templates/<id>', or 'templates/new'): what is typed is kept in sessionStorage under it, so a session
 * that expires mid-edit and sends the user to log in again brings the form back as it was. `load` fetches
 * the resource with its ETag; the form follows it unless the user has typed since.
 */
export function useEditable<R, F extends Strings>(
  path: string,
  options: { empty: F; toForm: (r: R) => F; load: ((api: Api) => Promise<Tagged<R>>) | null },
): Editable<R, F> {
  const { empty, toForm, load } = options;
  const auth = useAuth();
  const api = useApiClient();
  const key = `yokoten.draft.${path}`;
  const dirtyKey = `${key}.dirty`;
  const [form, setForm] = useState<F>(() => ({ ...empty, ...readDraft(key) }));
  const [resource, setResource] = useState<R | null>(null);
  const [etag, setEtag] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [dirty, setDirty] = useState(() => sessionStorage.getItem(dirtyKey) !== null);
  // Counts answered saves: a load that was in flight when a save (or submit) succeeded answers an older version and
  // must not replace what the save answered (a quick submit right after the page opened showed the draft again).
  const saves = useRef(0);
  useEffect(() => sessionStorage.setItem(key, JSON.stringify(form)), [key, form]);

  const authenticated = auth.state.status === 'authenticated';
  useEffect(() => {
    if (!load || !authenticated) return;
    let live = true;
    const savesBefore = saves.current;
    load(api).then(
      ({ data, etag: tag }) => {
        if (!live || saves.current !== savesBefore) return;
        setResource(data);
        setEtag(tag);
        if (!sessionStorage.getItem(dirtyKey)) setForm(toForm(data));
      },
      (e: unknown) => live && setError(asApiError(e)),
    );
    return () => {
      live = false;
    };
    // Loads once per resource and sign-in; `load` and `toForm` are new closures on every render.
  }, [path, authenticated, api, dirtyKey]);

  const change = useCallback((next: Partial<F>) => {
    sessionStorage.setItem(dirtyKey, '1');
    setDirty(true);
    setForm((f) => ({ ...f, ...next }));
  }, [dirtyKey]);
  const set = (field: keyof F) => (e: { target: { value: string } }) => {
    sessionStorage.setItem(dirtyKey, '1');
    setDirty(true);
    const value = e.target.value;
    setForm((f) => ({ ...f, [field]: value }));
  };

  const save = async (write: (api: Api, etag: string) => Promise<Tagged<R>>) => {
    try {
      const answer = await write(api, etag ?? '');
      saves.current += 1; // only an answered save is newer than a load in flight; a failed one leaves it to land
      sessionStorage.removeItem(key);
      sessionStorage.removeItem(dirtyKey);
      setDirty(false);
      setResource(answer.data);
      setEtag(answer.etag);
      setError(null);
      return answer.data;
    } catch (e) {
      setError(asApiError(e));
      return null;
    }
  };
  return { form, set, change, resource, setResource, error, dirty, save };
}

function readDraft(key: string): Strings {
  try {
    const parsed: unknown = JSON.parse(sessionStorage.getItem(key) ?? '{}');
    if (typeof parsed !== 'object' || parsed === null) return {};
    return Object.fromEntries(Object.entries(parsed).filter((e): e is [string, string] => typeof e[1] === 'string'));
  } catch {
    return {};
  }
}
