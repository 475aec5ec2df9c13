// Names a language writes its own way (exonyms: Hanover / Hanovre, Bavaria / Bavière), from the
// shipped EN–FR lexicon (FreeDict): the other language's forms of a word when the lexicon lists
// it and every listed form differs from it beyond accents. Parsed on first use.
import { EN_FR_LEXICON } from '../../align/data/en-fr-lexicon.js';
import { foldKey } from '../../text/index.js';

let maps: { en: Map<string, string[]>; fr: Map<string, string[]> } | undefined;

function load(): { en: Map<string, string[]>; fr: Map<string, string[]> } {
  if (maps) return maps;
  const en = new Map<string, string[]>();
  const fr = new Map<string, string[]>();
  for (const line of EN_FR_LEXICON.split('\n')) {
    const tab = line.indexOf('\t');
    if (tab < 0) continue;
    const e = line.slice(0, tab);
    // One-word entries only: the forms compared are single words.
    if (/\s/u.test(e)) continue;
    for (const f of line.slice(tab + 1).split('|')) {
      if (!f || /\s/u.test(f)) continue;
      (en.get(e) ?? en.set(e, []).get(e)!).push(f);
      (fr.get(f) ?? fr.set(f, []).get(f)!).push(e);
    }
  }
  return (maps = { en, fr });
}

/** The other language's forms of `word` (lowercase) when it writes it otherwise; else undefined. */
export function exonymsOf(word: string, from: string): string[] | undefined {
  if (from !== 'en' && from !== 'fr') return undefined;
  const forms = load()[from].get(word.toLowerCase());
  if (!forms?.length) return undefined;
  const k = foldKey(word);
  return forms.every((f) => foldKey(f) !== k) ? forms : undefined;
}
