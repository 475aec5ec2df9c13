// Renders a message reference from the catalogues, in English or French. Used by every front:
// the findings service and the renderer (panel, tips), the CLI (`check --json` message in its
// language) and the QA report.
import { decimal, languageName, ofFr, quoteEn, quoteFr } from '../evidence.js';
import type { Catalogue, Template } from './catalogue.js';
import { EN } from './en.js';
import { FR } from './fr.js';
import { isMessageRef, msg, type MessageParams, type MessageRef } from './ref.js';

export type MessageLanguage = 'en' | 'fr';

export const CATALOGUES: Readonly<Record<MessageLanguage, Catalogue>> = { en: EN, fr: FR };

const PLACEHOLDER = /\{([A-Za-z][\w-]*)(?::([a-z0-9]+))?\}/gu;

/** The placeholders of a template (names with their format), for the catalogue tests. */
export function placeholders(t: Template): string[] {
  const texts = typeof t === 'string' ? [t] : [t.one, t.other];
  return [...new Set(texts.flatMap((s) => [...s.matchAll(PLACEHOLDER)].map((m) => (m[2] ? `${m[1]}:${m[2]}` : m[1]!))))].sort();
}

function format(value: string | number | undefined, fmt: string | undefined, lang: MessageLanguage): string {
  if (value === undefined) return '';
  const s = String(value);
  switch (fmt) {
    case 'q':
      return lang === 'fr' ? quoteFr(s) : quoteEn(s);
    case 'lang':
      return languageName(s)[lang];
    case 'n0':
    case 'n1':
    case 'n2':
      return typeof value === 'number' ? decimal(value, Number(fmt[1]), lang) : s;
    case 'of':
      return lang === 'fr' ? ofFr(s) : `of ${s}`;
    default:
      return s;
  }
}

const plurals = new Map<MessageLanguage, Intl.PluralRules>();
function pick(t: Template, params: MessageParams | undefined, lang: MessageLanguage): string {
  if (typeof t === 'string') return t;
  const n = Number(params?.['count'] ?? 0);
  let rules = plurals.get(lang);
  if (!rules) plurals.set(lang, (rules = new Intl.PluralRules(lang)));
  return rules.select(n) === 'one' ? t.one : t.other;
}

/**
 * The message in `lang`. A key missing from that catalogue falls back to English, then to the
 * key itself (the catalogue tests make sure no shipped rule gets there).
 */
export function renderMessage(ref: MessageRef, lang: MessageLanguage): string {
  // Data from outside (a stored file, another version) may not be a reference: read it as stored words.
  if (!isMessageRef(ref)) {
    const stored = storedMessage(ref);
    return stored ? renderMessage(stored, lang) : '';
  }
  const t = CATALOGUES[lang][ref.key] ?? CATALOGUES.en[ref.key];
  if (t === undefined) return ref.key;
  return pick(t, ref.params, lang).replace(PLACEHOLDER, (_, name: string, fmt?: string) => format(ref.params?.[name], fmt, lang));
}

/** Any UI language tag ("fr-CA") to a catalogue language; anything but French reads English. */
export function messageLanguage(tag: string): MessageLanguage {
  return tag.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

/** Both renderings (for people reading the stored data, e.g. tests and logs). */
export function renderBoth(ref: MessageRef): { en: string; fr: string } {
  return { en: renderMessage(ref, 'en'), fr: renderMessage(ref, 'fr') };
}

/**
 * A message as read from storage: a reference, or the words older versions stored — `{en, fr}`
 * or an English string — kept as they were (key 'legacy'). Anything else: null.
 */
export function storedMessage(raw: unknown): MessageRef | null {
  if (isMessageRef(raw)) return raw;
  if (typeof raw === 'string') return msg('legacy', { en: raw, fr: raw });
  if (typeof raw === 'object' && raw !== null && typeof (raw as { en?: unknown }).en === 'string') {
    const { en, fr } = raw as { en: string; fr?: unknown };
    return msg('legacy', { en, fr: typeof fr === 'string' ? fr : en });
  }
  return null;
}

/** Evidence as read from storage: each line a reference or older words; anything else dropped. */
export function storedEvidence(raw: unknown): MessageRef[] {
  if (!Array.isArray(raw)) return [];
  return raw.map(storedMessage).filter((m): m is MessageRef => m !== null);
}
