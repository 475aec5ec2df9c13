// Word translations for comparable-document links: the shipped EN–FR lexicon (FreeDict, parsed
// on first use) and the user's dictionary, as source word → target keys. Target keys are
// prefixes of the folded word (TRANSLATION_PREFIX letters) so inflected forms meet
// ("guerre" / "guerres", "annoncer" / "annoncé").
import { foldKey } from '../text/index.js';
import { EN_FR_LEXICON } from './data/en-fr-lexicon.js';

export const TRANSLATION_PREFIX = 5;
export type Translations = Map<string, Map<string, number>>;

export const targetKey = (folded: string): string => folded.slice(0, TRANSLATION_PREFIX);

let enFr: Array<[string, string[]]> | null = null;
function shipped(): Array<[string, string[]]> {
  if (!enFr)
    enFr = EN_FR_LEXICON.split('\n').map((l) => {
      const [e = '', f = ''] = l.split('\t');
      return [foldKey(e), f.split('|').map(foldKey)];
    });
  return enFr;
}

const primary = (l: string | undefined): string => (l ?? '').toLowerCase().split(/[-_]/)[0] ?? '';

function put(t: Translations, s: string, k: string, w: number): void {
  let m = t.get(s);
  if (!m) t.set(s, (m = new Map()));
  m.set(k, Math.max(m.get(k) ?? 0, w));
}

/** Translations from the source language to the target language (empty when no lexicon
 *  covers the pair), plus single-word entries of the user's dictionary (source, target). */
const builtIn = new Map<string, Translations>();

/** The shipped lexicon in one direction, built once. */
function shippedFor(s: string, g: string): Translations {
  const key = `${s}>${g}`;
  let t = builtIn.get(key);
  if (t) return t;
  t = new Map();
  if ((s === 'en' && g === 'fr') || (s === 'fr' && g === 'en')) {
    for (const [e, fs] of shipped()) {
      for (const f of fs) {
        if (s === 'en') put(t, e, targetKey(f), 1);
        else put(t, f, targetKey(e), 1);
      }
    }
  }
  builtIn.set(key, t);
  return t;
}

export function translationsFor(
  srcLang: string | undefined,
  tgtLang: string | undefined,
  dictionary: Array<[string, string]> = [],
  learned?: Map<string, Array<[string, string, number]>>,
): Translations {
  const base = shippedFor(primary(srcLang), primary(tgtLang));
  const fromCorpus = learned?.get(`${primary(srcLang)}>${primary(tgtLang)}`) ?? [];
  if (dictionary.length === 0 && fromCorpus.length === 0) return base; // shared: callers only read it
  const t: Translations = new Map([...base].map(([k, v]) => [k, new Map(v)]));
  // Learned entries carry their own weight (< 1): a listed translation keeps its full weight.
  for (const [x, y, w] of fromCorpus) put(t, x, targetKey(y), w);
  for (const [a, b] of dictionary) {
    const x = foldKey(a.trim()),
      y = foldKey(b.trim());
    if (x && y && !/\s/.test(x) && !/\s/.test(y)) put(t, x, targetKey(y), 1);
  }
  return t;
}

/** Entries for a source word, trying light English/French inflection endings when the form
 *  itself is not listed. */
export function lookup(t: Translations, folded: string): Map<string, number> | undefined {
  const direct = t.get(folded);
  if (direct) return direct;
  for (const end of ['s', 'es', 'ed', 'd', 'ing', 'e', 'ee', 'ees', 'er', 'est', 'ly']) {
    if (folded.length > end.length + 3 && folded.endsWith(end)) {
      const hit = t.get(folded.slice(0, -end.length));
      if (hit) return hit;
    }
  }
  // countries → country, carried → carry
  for (const end of ['ies', 'ied']) {
    if (folded.length > end.length + 2 && folded.endsWith(end)) {
      const hit = t.get(folded.slice(0, -end.length) + 'y');
      if (hit) return hit;
    }
  }
  return undefined;
}
