// The shipped names knowledge base (data.ts, built by scripts/build-names-kb.ts): given names and
// surnames per language, and country names in EN/FR/DE/ES/IT; and (public.ts) people in public
// life and parties from Party Facts. Parsed on first use only.
import { COUNTRIES, FEMALE_GIVEN, FIRST_NAMES, MALE_GIVEN, SURNAMES } from './data.js';
import { PARTIES, PEOPLE } from './public.js';
import { GIVEN_DE_FR, ORGS, ORG_COUNTRIES, WORD_SURNAMES } from './orgs.js';
import { SOURCE_GLOSSES } from './source-glosses.js';
import { foldKey } from '../../text/fold.js';

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
      if (l) l.push(lang);
      else m.set(w, [lang]);
    }
  }
  return m;
}

export function namesKB(): NamesKB {
  if (!kb) {
    const places = new Map<string, number>();
    COUNTRIES.forEach((forms, i) => {
      for (const f of forms.split('|')) places.set(f, i);
    });
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

let genders: Map<string, 'f' | 'm'> | undefined;
/** 'f' or 'm' for a given name listed with one gender only (EN/DE/FR/ES/IT lists), else undefined. */
export function givenGender(form: string): 'f' | 'm' | undefined {
  if (!genders) {
    genders = new Map();
    for (const w of FEMALE_GIVEN.split(' ')) if (w) genders.set(w, 'f');
    for (const w of MALE_GIVEN.split(' ')) if (w) genders.set(w, 'm');
  }
  return genders.get(form);
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

// ---------------------------------------------------------------------------------------------
// People in public life and parties (public.ts, from Party Facts): parsed on first use only.
export interface Party {
  country: string;
  short: string;
  native: string;
  english: string;
}
export interface PublicLifeKB {
  /** Surname (last word; and the last two words of a longer name) → the given names it is known with. */
  givenBySurname: Map<string, Set<string>>;
  /** Full names as listed. */
  people: Set<string>;
  parties: Party[];
  /** Party short names and native names → parties (the context that a country's politics is discussed). */
  partyForms: Map<string, Party[]>;
}

let pub: PublicLifeKB | undefined;

export function publicLifeKB(): PublicLifeKB {
  if (pub) return pub;
  const givenBySurname = new Map<string, Set<string>>();
  const people = new Set<string>();
  for (const name of PEOPLE.split('\n')) {
    const w = name.split(' ');
    if (w.length < 2) continue;
    people.add(name);
    const given = w[0]!;
    const sur = [w[w.length - 1]!];
    if (w.length >= 3) sur.push(`${w[w.length - 2]} ${w[w.length - 1]}`);
    for (const s of sur) {
      const g = givenBySurname.get(s);
      if (g) g.add(given);
      else givenBySurname.set(s, new Set([given]));
    }
  }
  const parties: Party[] = [];
  const partyForms = new Map<string, Party[]>();
  for (const line of PARTIES.split('\n')) {
    const [country = '', short = '', native = '', english = ''] = line.split('|');
    const p = { country, short, native, english };
    parties.push(p);
    for (const f of [short, native]) {
      if (f.length < 2) continue;
      const l = partyForms.get(f);
      if (l) l.push(p);
      else partyForms.set(f, [p]);
    }
  }
  pub = { givenBySurname, people, parties, partyForms };
  return pub;
}

// ---------------------------------------------------------------------------------------------
// Organisations whose names are words (orgs.ts: newspapers, broadcasters, parties) with the
// literal EN/FR renderings of their words. Parsed on first use only.
export interface OrgEntry {
  kind: 'media' | 'party';
  /** ISO 3166 alpha-3 country code. */
  country: string;
  /** Language of the native name. */
  lang: string;
  native: string;
  english: string;
  /** Per target language, per content word: alternatives, each a sequence of word keys
   *  (orgKey); a single "=" + key alternative keeps the word as it is. */
  renderings: Record<'en' | 'fr', string[][][] | undefined>;
  /** Keys the org is indexed by (byKey), per target language. */
  indexKeys: Record<'en' | 'fr', string[]>;
}
export interface OrgsKB {
  orgs: OrgEntry[];
  /** Target language → first key of an alternative of the name's last glossed word → orgs. */
  byKey: Record<'en' | 'fr', Map<string, OrgEntry[]>>;
  /** Native name (and its content words of 4+ letters, capitalised) → orgs: the name written as such. */
  nativeForms: Map<string, OrgEntry[]>;
  /** ISO3 → English country name. */
  countryName: Map<string, string>;
}

/** Matching key of a word: folded, lower case, without a plural or feminine ending. */
export function orgKey(word: string): string {
  // Words repeat: the fold (a Unicode normalisation) is done once per form, in a bounded cache.
  const hit = keyCache.get(word);
  if (hit !== undefined) return hit;
  if (keyCache.size > 100_000) keyCache.clear();
  const k = computeKey(word);
  keyCache.set(word, k);
  return k;
}
const keyCache = new Map<string, string>();
function computeKey(word: string): string {
  let k = foldKey(word);
  if (k.length > 3) k = k.replace(/(?:s|x)$/u, '');
  if (k.length > 3) k = k.replace(/e$/u, '');
  return k;
}

let orgs: OrgsKB | undefined;
export function orgsKB(): OrgsKB {
  if (orgs) return orgs;
  const list: OrgEntry[] = [];
  const byKey: OrgsKB['byKey'] = { en: new Map(), fr: new Map() };
  const nativeForms = new Map<string, OrgEntry[]>();
  const add = <K>(m: Map<K, OrgEntry[]>, k: K, o: OrgEntry) => {
    const l = m.get(k);
    if (!l) m.set(k, [o]);
    else if (!l.includes(o)) l.push(o);
  };
  for (const line of ORGS.split('\n')) {
    const [kind = '', country = '', lang = '', native = '', english = '', en = '', fr = ''] = line.split('|');
    const parse = (g: string): string[][][] | undefined =>
      g ? g.split(';').map((alts) => alts.split(',').map((a) => (a.startsWith('=') ? [`=${orgKey(a.slice(1))}`] : a.split(' ').map(orgKey)))) : undefined;
    const o: OrgEntry = {
      kind: kind as OrgEntry['kind'],
      country,
      lang,
      native,
      english,
      renderings: { en: parse(en), fr: parse(fr) },
      indexKeys: { en: [], fr: [] },
    };
    list.push(o);
    // Indexed by the words that open the alternatives of the name's last glossed word (its head
    // noun, more varied than "new" or "daily"): every match contains one, so they find all.
    for (const tgt of ['en', 'fr'] as const) {
      const word = (o.renderings[tgt] ?? []).findLast((alts) => !alts.some((a) => a[0]!.startsWith('=')));
      for (const alt of word ?? []) {
        add(byKey[tgt], alt[0]!, o);
        if (!o.indexKeys[tgt].includes(alt[0]!)) o.indexKeys[tgt].push(alt[0]!);
      }
    }
    add(nativeForms, native, o);
    // Cited without its article too ("the Mirror" for The Mirror, "Monde" for Le Monde).
    const bare = native.replace(/^(?:the|le|la|les|die|der|das|el|il|lo)\s+/iu, '');
    if (bare !== native) add(nativeForms, bare, o);
  }
  const countryName = new Map(ORG_COUNTRIES.split('\n').map((l) => l.split('|') as [string, string]));
  orgs = { orgs: list, byKey, nativeForms, countryName };
  return orgs;
}

// ---------------------------------------------------------------------------------------------
// People in public life whose surname is a word (orgs.ts WORD_SURNAMES), by the key of each
// literal rendering of the surname per target language; German → French given-name equivalents.
export interface WordSurname {
  given: string;
  surname: string;
}
export interface WordSurnamesKB {
  byGloss: Record<'en' | 'fr', Map<string, WordSurname[]>>;
  /** German given name → its first French equivalent ("Peter" → Pierre), and back. */
  givenEquiv: Map<string, Set<string>>;
}
let wordSurnames: WordSurnamesKB | undefined;
export function wordSurnamesKB(): WordSurnamesKB {
  if (wordSurnames) return wordSurnames;
  const byGloss: WordSurnamesKB['byGloss'] = { en: new Map(), fr: new Map() };
  for (const line of WORD_SURNAMES.split('\n')) {
    const [name = '', en = '', fr = ''] = line.split('|');
    const [given = '', surname = ''] = name.split(' ');
    const p = { given, surname };
    for (const [tgt, g] of [
      ['en', en],
      ['fr', fr],
    ] as const) {
      for (const w of g.split(',')) {
        if (!w) continue;
        const k = orgKey(w);
        const l = byGloss[tgt].get(k);
        if (l) l.push(p);
        else byGloss[tgt].set(k, [p]);
      }
    }
  }
  const givenEquiv = new Map<string, Set<string>>();
  const link = (a: string, b: string) => {
    const s = givenEquiv.get(a) ?? new Set<string>();
    s.add(b);
    givenEquiv.set(a, s);
  };
  for (const line of GIVEN_DE_FR.split('\n')) {
    const [de = '', frs = ''] = line.split('|');
    // The first equivalent only: later ones are rarer or older forms ("Agnes" → Agnès, not Inès).
    const fr = frs.split(',')[0];
    if (!de || !fr) continue;
    link(de, fr);
    link(fr, de);
  }
  wordSurnames = { byGloss, givenEquiv };
  return wordSurnames;
}

// ---------------------------------------------------------------------------------------------
// Source-language glosses (source-glosses.ts): German, Spanish, Italian words of 4–8 letters
// with their first English and French glosses, for surnames that are words. Parsed per language
// on first use.
const glossTables = new Map<string, Map<string, { en: string[]; fr: string[] }>>();
/** The literal English and French glosses of a word of `lang` (de, es, it), if it is one. */
export function sourceGloss(word: string, lang: string): { en: string[]; fr: string[] } | undefined {
  let t = glossTables.get(lang);
  if (!t) {
    t = new Map();
    for (const line of (SOURCE_GLOSSES[lang] ?? '').split('\n')) {
      const [w = '', en = '', fr = ''] = line.split('\t');
      if (w) t.set(w, { en: en ? en.split(',') : [], fr: fr ? fr.split(',') : [] });
    }
    glossTables.set(lang, t);
  }
  return t.get(word.toLowerCase());
}
