import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Field, buttonPrimary, inputClass } from '../../../components/field';
import { useMutation, useQuery } from '../../../lib/use-api';
import { notificationsApi, type Preferences } from '../api';

const MODES = ['immediate', 'daily', 'off'] as const;

/** How the caller hears of events by mail, and the language of those mails. */
export function PreferencesPage() {
  const { t } = useTranslation();
  const current = useQuery(notificationsApi.preferences, []);
  const { run, error } = useMutation();
  const [form, setForm] = useState<Preferences | null>(null);
  const [saved, setSaved] = useState(false);
  useEffect(() => {
    if (current.data) setForm(current.data);
  }, [current.data]);

  const save = async () => {
    if (!form) return;
    setSaved(false);
    const result = await run((api) => notificationsApi.savePreferences(api, form));
    if (!result.ok) return;
    setForm(result.data);
    setSaved(true);
  };

  return (
    <section aria-labelledby="prefs-title" className="max-w-3xl space-y-6">
      <h1 id="prefs-title" className="text-std-32B-150">{t('notifications.settings.title')}</h1>
      <p><Link to="/notifications">{t('notifications.backToInbox')}</Link></p>
      {!form && <p role="status">{t('auth.loading')}</p>}
      {form && (
        <form className="space-y-6" noValidate onSubmit={(e) => { e.preventDefault(); void save(); }}>
          <fieldset className="space-y-2" aria-describedby={error?.fieldError('email') ? 'prefs-email-error' : 'prefs-email-support'}>
            <legend className="flex items-center gap-2 text-std-17B-170 text-solid-gray-900">
              {t('notifications.settings.email')}
              <span className="rounded-4 bg-red-900 px-2 text-std-16B-170 font-normal text-white">{t('form.required')}</span>
            </legend>
            <p id="prefs-email-support" className="text-solid-gray-700">{t('notifications.settings.emailSupport')}</p>
            {MODES.map((mode) => (
              <label key={mode} className="flex items-center gap-2">
                <input type="radio" name="email" value={mode} checked={form.email === mode} className="size-5"
                  onChange={() => setForm({ ...form, email: mode })} />
                {t(`notifications.settings.modes.${mode}`)}
              </label>
            ))}
            {error?.fieldError('email') && <p id="prefs-email-error" className="text-red-900">＊{error.fieldError('email')}</p>}
          </fieldset>
          <Field label={t('notifications.settings.locale')} required error={error?.fieldError('locale')}>
            {(a) => (
              <select {...a} name="locale" className={inputClass} value={form.locale}
                onChange={(e) => setForm({ ...form, locale: e.target.value === 'en' ? 'en' : 'ja' })}>
                <option value="ja">日本語</option>
                <option value="en">English</option>
              </select>
            )}
          </Field>
          {error && !error.fieldError('email') && !error.fieldError('locale') && <p role="alert" className="text-red-900">{error.message}</p>}
          {saved && <p role="status" data-testid="prefs-saved">{t('notifications.settings.saved')}</p>}
          <button type="submit" className={buttonPrimary}>{t('notifications.settings.save')}</button>
        </form>
      )}
    </section>
  );
}
