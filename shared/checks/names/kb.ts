// The shipped names knowledge base (data.ts, built by scripts/build-names-kb.ts): given names and
// surnames per language, and country names in EN/FR/DE/ES/IT. Parsed on first use only.
import { COUNTRIES, FIRST_NAMES, SURNAMES } from './data.js';

export interface NamesKB {
  /** Given name → languages whose name lists have it. */
  given: Map<string, string[]>;
  /** Surname → languages. */
  surnames: Map<string, string[]>;
  /** Any usual form of a country → index of the country (same index = same country). */
  places: Map<string, number>;
}

let kb: NamesKB | undefined;

function index(src: Readonly<Record<string, string>>): Map<string, string[]> {
  const m = new Map<string, string[]>();
  for (const [lang, list] of Object.entries(src)) {
    for (const w of list.split(' ')) {
      if (!w) continue;
      const l = m.get(w);
      if (l) l.push(lang); else m.set(w, [lang]);
    }
  }
  return m;
}

export function namesKB(): NamesKB {
  if (!kb) {
    const places = new Map<string, number>();
    COUNTRIES.forEach((forms, i) => { for (const f of forms.split('|')) places.set(f, i); });
    kb = { given: index(FIRST_NAMES), surnames: index(SURNAMES), places };
  }
  return kb;
}

/** Is the capitalised form a given name in the lists (any language, or one of langs)? */
export function isGivenName(form: string, langs?: readonly string[]): boolean {
  const l = namesKB().given.get(form);
  return !!l && (!langs || l.some((x) => langs.includes(x)));
}

export function isSurname(form: string): boolean {
  return namesKB().surnames.has(form);
}

/** A country's usual form in one of the five languages ("Germany", "Allemagne", "Deutschland"). */
export function isCountry(form: string): boolean {
  return namesKB().places.has(form);
}

/** The forms of the same country ("Allemagne" → Germany, Deutschland, Alemania, Germania …). */
export function countryForms(form: string): string[] {
  const i = namesKB().places.get(form);
  return i === undefined ? [] : COUNTRIES[i]!.split('|');
}
