// Formatting of message parameters in each UI language (used by messages/render.ts). French
// follows French typography: a no-break space inside « » and before : ; ! ?, a decimal comma.
import type { Bilingual } from './types.js';

const NBSP = '\u00a0';

/** A quotation in each language: “x” in English, « x » (no-break spaces) in French. */
export const quoteEn = (s: string): string => `“${s}”`;
export const quoteFr = (s: string): string => `«${NBSP}${s}${NBSP}»`;

/** "label: value" in English, "label : value" (no-break space) in French. */
export const colonFr = (label: string, value: string): string => `${label}${NBSP}: ${value}`;

/** French "de X" with elision before a vowel: "d’Antony Blinken", "de Joe Biden". */
export const ofFr = (name: string): string => (/^[aeiouyàâäéèêëîïôöùûü]/iu.test(name) ? `d’${name}` : `de ${name}`);

/** The same text in both languages (a quotation or a document name needs no translation). */
export const same = (s: string): Bilingual => ({ en: s, fr: s });

/** A number with its decimals in the language's style ("0.93" / "0,93"). */
export function decimal(n: number, digits: number, lang: 'en' | 'fr'): string {
  const s = n.toFixed(digits);
  return lang === 'fr' ? s.replace('.', ',') : s;
}

const LANGUAGE_NAMES: Record<string, Bilingual> = {
  en: { en: 'English', fr: 'anglais' },
  fr: { en: 'French', fr: 'français' },
  de: { en: 'German', fr: 'allemand' },
  es: { en: 'Spanish', fr: 'espagnol' },
  it: { en: 'Italian', fr: 'italien' },
  pt: { en: 'Portuguese', fr: 'portugais' },
  nl: { en: 'Dutch', fr: 'néerlandais' },
};

/**
 * A language's name for running text ("English" / "anglais"); other codes stay codes (the
 * engine runs without Intl display names in every host).
 */
export function languageName(code: string): Bilingual {
  return LANGUAGE_NAMES[code] ?? same(code);
}
