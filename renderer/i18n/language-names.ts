// Language names in the UI language come from Intl (no catalogue to maintain for 180 codes);
// only "und" and the "other" band need our own strings.
import type { TFunction } from 'i18next';

const cache = new Map<string, Intl.DisplayNames>();

export function languageName(t: TFunction, uiLanguage: string, code: string): string {
  if (code === 'und') return t('languages.und');
  if (code === 'other') return t('languages.other');
  let names = cache.get(uiLanguage);
  if (!names) {
    names = new Intl.DisplayNames([uiLanguage], { type: 'language', fallback: 'code' });
    cache.set(uiLanguage, names);
  }
  try {
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}

/** The name of a UI language in that language itself ("English", "français"), for the switch. */
export function nativeLanguageName(code: string): string {
  try {
    return new Intl.DisplayNames([code], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}
