// The one place that configures i18next: components use `useT()` from here, never i18next directly,
// so options (fallback, escaping, missing keys) stay consistent across the UI.
import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next, useTranslation } from 'react-i18next';
import type { UiLanguage } from '../../shared/api/contract.js';
import { UI_LANGUAGES } from './ui-languages.js';
import en from './locales/en.json';
import fr from './locales/fr.json';

export const resources = { en: { translation: en }, fr: { translation: fr } } as const;

export function isUiLanguage(x: unknown): x is UiLanguage {
  return typeof x === 'string' && (UI_LANGUAGES as readonly string[]).includes(x);
}

/** The browser's preferred UI language, used only until the project's saved setting arrives. */
export function guessUiLanguage(languages: readonly string[]): UiLanguage {
  for (const l of languages) {
    const primary = l.toLowerCase().split('-')[0];
    if (isUiLanguage(primary)) return primary;
  }
  return 'en';
}

export async function initI18n(lng: UiLanguage): Promise<I18n> {
  const instance = i18next.createInstance();
  await instance.use(initReactI18next).init({
    resources,
    lng,
    fallbackLng: 'en',
    supportedLngs: [...UI_LANGUAGES],
    // React escapes text nodes itself; escaping twice would show &amp; to the editor.
    interpolation: { escapeValue: false },
    returnEmptyString: false,
    initAsync: false,
  });
  return instance;
}

export function useT() {
  return useTranslation();
}
