import i18next, { type i18n, type Resource } from 'i18next';
import { initReactI18next } from 'react-i18next';

// Vietnamese first: a user's choice of English is kept in localStorage and wins on next visit.

export type Language = 'vi' | 'en';
export const LANGUAGES: readonly Language[] = ['vi', 'en'];
export const LANGUAGE_STORAGE_KEY = 'luanchuyen.language';

/** A catalogue of one feature: the same keys in both languages. */
export type Catalogue = { vi: Record<string, unknown>; en: Record<string, unknown> };

export function storedLanguage(): Language {
  try {
    return localStorage.getItem(LANGUAGE_STORAGE_KEY) === 'en' ? 'en' : 'vi';
  } catch {
    return 'vi';
  }
}

export function rememberLanguage(language: Language): void {
  try {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // Private browsing may refuse storage; the switch still works for this visit.
  }
}

/** Merges the catalogues of the app's parts into one resource per language. */
export function toResources(catalogues: readonly Catalogue[]): Resource {
  const vi = Object.assign({}, ...catalogues.map((catalogue) => catalogue.vi));
  const en = Object.assign({}, ...catalogues.map((catalogue) => catalogue.en));
  return { vi: { translation: vi }, en: { translation: en } };
}

export function createI18n(resources: Resource, language: Language = storedLanguage()): i18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: 'vi',
    interpolation: { escapeValue: false },
    initAsync: false,
    returnNull: false,
  });
  instance.on('languageChanged', (next) => {
    document.documentElement.lang = next;
  });
  document.documentElement.lang = language;
  return instance;
}
