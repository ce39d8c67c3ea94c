import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import ja from '../locales/ja.json';
import en from '../locales/en.json';

type Messages = Record<string, unknown>;

/**
 * Each feature may keep its own strings in features/<name>/locales/{ja,en}.json (top-level keys named
 * after the feature), so features add copy without touching the shared files.
 */
function withFeatureMessages(base: Messages, lang: 'ja' | 'en'): Messages {
  const files = import.meta.glob<Messages>('../features/*/locales/*.json', { eager: true, import: 'default' });
  const merged: Messages = { ...base };
  for (const [path, messages] of Object.entries(files)) {
    if (path.endsWith(`/${lang}.json`)) Object.assign(merged, messages);
  }
  return merged;
}

export const LANGUAGES = ['ja', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
const STORAGE_KEY = 'yokoten.lang';

/** Japanese first; the user's choice of English is remembered in this browser. */
export function storedLanguage(): Language {
  const saved = globalThis.localStorage?.getItem(STORAGE_KEY);
  return saved === 'en' ? 'en' : 'ja';
}

export function changeLanguage(lang: Language): Promise<unknown> {
  localStorage.setItem(STORAGE_KEY, lang);
  return i18n.changeLanguage(lang);
}

i18n.on('languageChanged', (lng) => {
  if (typeof document !== 'undefined') document.documentElement.lang = lng;
});

void i18n.use(initReactI18next).init({
  resources: {
    ja: { translation: withFeatureMessages(ja, 'ja') },
    en: { translation: withFeatureMessages(en, 'en') },
  },
  lng: storedLanguage(),
  fallbackLng: 'ja',
  interpolation: { escapeValue: false },
});

export default i18n;
