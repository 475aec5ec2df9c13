// Builds shared/checks/names/orgs.ts: newspapers, broadcasters and parties with their native
// names and the LITERAL word-by-word renderings of those names in English and French — what a
// machine translation writes when it takes a name for words ("Münchner Merkur" → "Munich Mercury",
// "Freie Wähler" → "électeurs libres"). Only the glosses of the names' own words ship (a few
// thousand words), not the dictionaries.
//
// Sources (licences in THIRD-PARTY-NOTICES.md):
//  - news publishers: flairNLP/fundus (MIT), src/fundus/publishers/<country>/__init__.py (name="…");
//    newspapers of Wikidata (CC0), from a SPARQL result kept in patrickswickard/international_newspapers;
//  - parties: shared/checks/names/public.ts (Party Facts, MIT; built by build-names-kb.ts);
//  - glosses: FreeDict deu-eng (GPL-3.0/AGPL-3.0), deu-fra (CC BY-SA 3.0), spa-eng, ita-eng,
//    eng-fra, fra-eng (GPL-2.0-or-later), as packaged by Debian (dict-freedict-*).
//
//   apt-get download dict-freedict-{deu-eng,deu-fra,spa-eng,ita-eng,eng-fra,fra-eng}
//   for f in dict-freedict-*.deb; do dpkg-deb -x "$f" x; done
//   FUNDUS_DIR=<git dir of flairNLP/fundus> WIKIDATA_NEWSPAPERS_DIR=<git dir of
//   patrickswickard/international_newspapers> npx tsx scripts/build-orgs-kb.ts x/usr/share/dictd
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { dictdEntries } from './dictd.js';
import countries from 'i18n-iso-countries';
import { PARTIES, PEOPLE } from '../shared/checks/names/public.js';
import { namesKB } from '../shared/checks/names/kb.js';

/** headword (lower case) → entry bodies (without the headword line), from a dictd pair. */
function readDict(dir: string, name: string): Map<string, string[][]> {
  const out = new Map<string, string[][]>();
  for (const [head, body] of dictdEntries(dir, name)) {
    const k = head.toLowerCase();
    const l = out.get(k) ?? [];
    l.push(body);
    out.set(k, l);
  }
  return out;
}

/** The translations an entry gives first: its first line and numbered lines, split at commas. */
function translationsOf(body: string[]): string[] {
  const lines = [body[0] ?? '', ...body.slice(1).filter((l) => /^\s*\d+\.\s+\S/u.test(l))];
  const out: string[] = [];
  for (const line of lines) {
    for (let t of line.replace(/^\s*\d+\.\s*/u, '').split(/[,;]/u)) {
      t = t
        .replace(/<[^>]*>/gu, '')
        .replace(/\[[^\]]*\]/gu, '')
        .replace(/\([^)]*\)/gu, '')
        .replace(/\s+\d+\.\s*$/u, '')
        .replace(/\/[^/]*\//gu, '')
        .trim()
        .toLowerCase();
      // One or two words: "voter", "green party"; not glosses such as "be in the picture".
      if (!/^\p{L}[\p{L}'’-]*(?: \p{L}[\p{L}'’-]*)?$/u.test(t)) continue;
      out.push(t.replace(/^(?:the|to|a|an) /u, ''));
    }
  }
  return out;
}

// Source-language function words: not rendered, not matched.
const STOP: Record<string, Set<string>> = {
  de: new Set('der die das des dem den und für von vom zu zur zum im am in an auf mit ein eine einer'.split(' ')),
  es: new Set('el la los las de del y e para por en con un una al'.split(' ')),
  it: new Set('il lo la i gli le di del della dei degli delle e per in con un una al alla'.split(' ')),
  fr: new Set('le la les l de du des d et pour par en au aux un une sur'.split(' ')),
  en: new Set('the of and for a an in on at to by'.split(' ')),
};

/** Lemma candidates of an inflected word (adjective and plural endings; "-er" city adjectives). */
function lemmas(w: string, lang: string): string[] {
  const out = [w];
  const strip = (suffixes: string[]) => {
    for (const s of suffixes) if (w.length > s.length + 2 && w.endsWith(s)) out.push(w.slice(0, -s.length));
  };
  if (lang === 'de') {
    strip(['e', 'en', 'er', 'es', 'em', 'n', 's']);
    // "Münchner" → "München", "Berliner" → "Berlin": a city's adjective.
    if (w.endsWith('er')) {
      const st = w.slice(0, -2);
      out.push(`${st}en`, st.replace(/n$/u, 'en'));
    }
  } else if (lang === 'es') strip(['s', 'es']);
  else if (lang === 'it') {
    if (/[ie]$/u.test(w)) out.push(`${w.slice(0, -1)}o`, `${w.slice(0, -1)}e`, `${w.slice(0, -1)}a`);
  } else if (lang === 'fr' || lang === 'en') strip(['s', 'x']);
  return out;
}

function glosses(word: string, lang: string, dict: Map<string, string[][]> | undefined, max = 10): string[] {
  if (!dict) return [];
  // Every lemma candidate's entries ("Freie" → "freie", "frei"): the usual sense may be under either.
  const seen = new Set<string>();
  for (const l of lemmas(word.toLowerCase(), lang)) {
    for (const e of dict.get(l) ?? []) for (const t of translationsOf(e)) if (t !== word.toLowerCase()) seen.add(t);
  }
  return [...seen].slice(0, max);
}

const dir = process.argv[2];
const fundus = process.env.FUNDUS_DIR;
if (!dir || !fundus) {
  console.error('usage: FUNDUS_DIR=<fundus git dir> build-orgs-kb.ts <dictd dir>');
  process.exit(2);
}
const D = {
  'de>en': readDict(dir, 'freedict-deu-eng'),
  'de>fr': readDict(dir, 'freedict-deu-fra'),
  'es>en': readDict(dir, 'freedict-spa-eng'),
  'it>en': readDict(dir, 'freedict-ita-eng'),
  'en>fr': readDict(dir, 'freedict-eng-fra'),
  'fr>en': readDict(dir, 'freedict-fra-eng'),
} as Record<string, Map<string, string[][]>>;

/**
 * A German compound as two dictionary words ("Tagesspiegel" → Tages|spiegel, "RedaktionsNetzwerk"
 * → Redaktions|Netzwerk): an inner capital first, else the longest tail that is a headword with a
 * head that is one too (after a linking -s/-es/-n/-en/-e).
 */
function splitCompound(word: string, dict: Map<string, string[][]>): [string, string] | undefined {
  const inner = /^(\p{Lu}\p{Ll}+)(\p{Lu}\p{Ll}+)$/u.exec(word);
  if (inner) return [inner[1]!, inner[2]!];
  const w = word.toLowerCase();
  const known = (x: string) => lemmas(x, 'de').some((l) => dict.has(l));
  for (let k = 3; k <= w.length - 3; k++) {
    const head = w.slice(0, k);
    const tail = w.slice(k);
    if (tail.length < 3 || !known(tail)) continue;
    if ([head, head.replace(/(?:es|en|s|n|e)$/u, '')].some((h) => h.length >= 3 && dict.has(h))) return [head, tail];
  }
  return undefined;
}

/** Literal glosses of one word of a name in the target language (via English for ES/IT → FR). */
function wordGloss(word: string, src: string, tgt: string): string[] {
  // English only: a French rendering reverses the parts around a preposition ("miroir du jour").
  if (src === 'de' && tgt === 'en' && !glosses(word, src, D['de>en']).length) {
    const parts = splitCompound(word, D[`de>${tgt}`]!);
    if (parts) {
      const [a, b] = parts.map((x) =>
        wordGloss(x, src, tgt)
          .filter((g) => !g.includes(' '))
          .slice(0, 3),
      );
      if (a!.length && b!.length) return a!.flatMap((x) => b!.map((y) => `${x} ${y}`));
    }
  }
  const direct = glosses(word, src, D[`${src}>${tgt}`]);
  if (direct.length || tgt !== 'fr' || src === 'en') return direct;
  // ES/IT → FR through their English glosses (the route MT engines take too), and DE → FR
  // adds them to deu-fra's.
  const out = new Set<string>();
  for (const e of glosses(word, src, D[`${src}>en`], 3)) for (const f of glosses(e, 'en', D['en>fr'], 3)) out.add(f);
  return [...out].slice(0, 6);
}

const COUNTRY_LANG: Record<string, string> = {
  de: 'de',
  at: 'de',
  ch: 'de',
  li: 'de',
  lu: 'de',
  es: 'es',
  mx: 'es',
  py: 'es',
  it: 'it',
  fr: 'fr',
  be: 'fr',
  us: 'en',
  uk: 'en',
  ca: 'en',
  au: 'en',
  ind: 'en',
  za: 'en',
  na: 'en',
};
const ISO3_LANG: Record<string, string> = {
  DEU: 'de',
  AUT: 'de',
  CHE: 'de',
  ESP: 'es',
  MEX: 'es',
  ARG: 'es',
  COL: 'es',
  CHL: 'es',
  PER: 'es',
  VEN: 'es',
  URY: 'es',
  BOL: 'es',
  ECU: 'es',
  ITA: 'it',
  FRA: 'fr',
};
const ISO2_TO_3: Record<string, string> = {
  de: 'DEU',
  at: 'AUT',
  ch: 'CHE',
  li: 'LIE',
  lu: 'LUX',
  es: 'ESP',
  mx: 'MEX',
  py: 'PRY',
  it: 'ITA',
  fr: 'FRA',
  be: 'BEL',
  us: 'USA',
  uk: 'GBR',
  ca: 'CAN',
  au: 'AUS',
};

interface Org {
  kind: 'media' | 'party';
  country: string;
  lang: string;
  native: string;
  english?: string;
}
const orgs: Org[] = [];
const git = (...args: string[]) => execFileSync('git', ['--git-dir', fundus, ...args], { encoding: 'utf8', maxBuffer: 64 << 20 });
for (const cc of Object.keys(COUNTRY_LANG)) {
  let src = '';
  try {
    src = git('show', `HEAD:src/fundus/publishers/${cc}/__init__.py`);
  } catch {
    continue;
  }
  for (const m of src.matchAll(/\bname="([^"]+)"/gu)) {
    // "Mitteldeutscher Rundfunk (MDR)": the name without its bracketed short form or edition.
    const native = m[1]!.replace(/\s*\([^)]*\)\s*$/u, '').trim();
    if (!native) continue;
    orgs.push({ kind: 'media', country: ISO2_TO_3[cc]!, lang: COUNTRY_LANG[cc]!, native });
    // A web edition ("Spiegel Online", "Focus Online") is cited by its paper's name too.
    const paper = native.replace(/\s+(?:Online|Digital|Plus)$/u, '');
    if (paper !== native) orgs.push({ kind: 'media', country: ISO2_TO_3[cc]!, lang: COUNTRY_LANG[cc]!, native: paper });
  }
}
// Newspapers from Wikidata (CC0): a SPARQL result of newspapers with country and language,
// as kept in patrickswickard/international_newspapers (full_list_of_newspapers.json). The
// language of the paper, else of its country.
const WD_LANG: Record<string, string> = { German: 'de', Spanish: 'es', Italian: 'it', French: 'fr', English: 'en' };
const wikidata = process.env.WIKIDATA_NEWSPAPERS_DIR;
if (wikidata) {
  const raw = execFileSync('git', ['--git-dir', wikidata, 'show', 'HEAD:full_list_of_newspapers.json'], { encoding: 'utf8', maxBuffer: 64 << 20 });
  const rows = (JSON.parse(raw) as { results: { bindings: Array<Record<string, { value: string } | undefined>> } }).results.bindings;
  for (const b of rows) {
    const native = b.itemLabel?.value?.replace(/\s*\([^)]*\)\s*$/u, '').trim();
    if (!native || /^Q\d+$/u.test(native)) continue;
    const iso3 = b.countryLabel ? countries.alpha2ToAlpha3(countries.getAlpha2Code(b.countryLabel.value, 'en') ?? '') : undefined;
    const lang =
      WD_LANG[b.languageLabel?.value ?? ''] ?? (iso3 ? (ISO3_LANG[iso3] ?? COUNTRY_LANG[countries.alpha3ToAlpha2(iso3)?.toLowerCase() ?? '']) : undefined);
    if (!lang || !iso3) continue;
    orgs.push({ kind: 'media', country: iso3, lang, native });
  }
}
for (const line of PARTIES.split('\n')) {
  const [country = '', , native = '', english = ''] = line.split('|');
  const lang = ISO3_LANG[country];
  if (lang && native) orgs.push({ kind: 'party', country, lang, native, english });
}

const lines: string[] = [];
const seen = new Set<string>();
let words = 0;
for (const o of orgs) {
  const key = `${o.kind}|${o.native}`;
  if (seen.has(key)) continue;
  seen.add(key);
  const content = o.native.split(/[\s/]+/u).filter((w) => /\p{L}/u.test(w) && !STOP[o.lang]!.has(w.toLowerCase()));
  if (!content.length || content.length > 5) continue;
  const out: string[] = [];
  for (const tgt of ['en', 'fr']) {
    if (tgt === o.lang) {
      out.push('');
      continue;
    }
    // Per content word: its glosses, or the word itself when it has none (a proper name or an
    // acronym stays as it is: "ARD", "Frankfurter").
    let glossed = 0;
    const parts = content.map((w) => {
      const g = wordGloss(w.replace(/[.,]/gu, ''), o.lang, tgt).map((x) => x.replace(/[|;,]/gu, ''));
      if (g.length) glossed++;
      return g.length ? g.join(',') : `=${w.toLowerCase()}`;
    });
    words += glossed;
    // A rendering is only literal when at least half the name's words are dictionary words.
    out.push(glossed > 0 && glossed * 2 >= content.length ? parts.join(';') : '');
  }
  if (!out.some(Boolean)) continue;
  lines.push([o.kind, o.country, o.lang, o.native, o.english ?? '', ...out].join('|'));
}
lines.sort();
// The English name of each country the organisations belong to: the rule finds its other forms
// in the names KB (countries in EN/FR/DE/ES/IT) to tell that a document is about that country.
const countryNames = [...new Set(orgs.map((o) => o.country))]
  .sort()
  .map((c) => `${c}|${countries.getName(countries.alpha3ToAlpha2(c) ?? '', 'en') ?? ''}`)
  .filter((l) => !l.endsWith('|'));

// People in public life whose surname is a word: "Given Surname|EN glosses|FR glosses". The
// source language is the one whose name lists hold the given name or the surname (DE/ES/IT);
// for French also the surname read as an English word (MT often pivots through English: a name
// kept as an English word there is translated as that word into French).
const kbNames = namesKB();
const titleCase = (w: string) => (w === w.toUpperCase() ? w.charAt(0) + w.slice(1).toLowerCase() : w);
const people: string[] = [];
const seenPeople = new Set<string>();
for (const line of PEOPLE.split('\n')) {
  const parts = line.split(' ').map(titleCase);
  if (parts.length !== 2) continue;
  const [given, sur] = parts as [string, string];
  if (sur.length < 4 || !/^\p{Lu}\p{Ll}+$/u.test(sur) || !/^\p{Lu}\p{Ll}+$/u.test(given)) continue;
  const key = `${given} ${sur}`;
  if (seenPeople.has(key)) continue;
  seenPeople.add(key);
  const langs = new Set([...(kbNames.given.get(given) ?? []), ...(kbNames.surnames.get(sur) ?? [])]);
  const en = new Set<string>();
  const fr = new Set<string>();
  // With no name list holding either part, every source dictionary is asked (exact headword only
  // then, see below): parliaments' lists hold names the faker lists lack.
  const unknown = !['de', 'es', 'it'].some((l) => langs.has(l));
  for (const src of ['de', 'es', 'it']) {
    if (!langs.has(src) && !(unknown && D[`${src}>en`]!.has(sur.toLowerCase()))) continue;
    for (const g of glosses(sur, src, D[`${src}>en`], 4)) if (!g.includes(' ')) en.add(g);
    for (const g of wordGloss(sur, src, 'fr').slice(0, 4)) if (!g.includes(' ')) fr.add(g);
  }
  for (const g of glosses(sur, 'en', D['en>fr'], 4)) if (!g.includes(' ')) fr.add(g);
  en.delete(sur.toLowerCase());
  fr.delete(sur.toLowerCase());
  if (!en.size && !fr.size) continue;
  people.push(`${key}|${[...en].join(',')}|${[...fr].join(',')}`);
}
// Given-name equivalents German → French ("Peter" → "Pierre"): deu-fra marks given names.
const givenEquiv: string[] = [];
for (const [head, entries] of D['de>fr']!) {
  for (const e of entries) {
    if (!e.some((l) => /(?:männlicher|weiblicher) Vorname/u.test(l))) continue;
    const fr = translationsOf(e).filter((t) => /^\p{L}+$/u.test(t));
    const name = head.charAt(0).toUpperCase() + head.slice(1);
    const frs = fr.map((t) => t.charAt(0).toUpperCase() + t.slice(1)).filter((t) => t !== name);
    if (frs.length) givenEquiv.push(`${name}|${frs.join(',')}`);
  }
}
givenEquiv.sort();
people.sort();

// Source-language words that may be surnames, with their first English and French gloss
// (shared/checks/names/source-glosses.ts): German, Spanish, Italian headwords of 4–8 letters
// with a one-word gloss. A surname of the document in these tables ("Blume", "Casado") can then
// be recognised in its literal translation ("flower", "married").
const sourceGlosses: Record<string, string> = {};
for (const src of ['de', 'es', 'it']) {
  const rows: string[] = [];
  for (const [head, entries] of D[`${src}>en`]!) {
    if (!/^\p{L}{4,8}$/u.test(head)) continue;
    const words = (g: string[], n: number) => [...new Set(g.filter((x) => /^\p{L}+$/u.test(x) && x !== head))].slice(0, n);
    // The first sense of each of the first three entries ("weil": as, formerly, because).
    const ens = words(
      entries.slice(0, 3).flatMap((e) => translationsOf(e).slice(0, 1)),
      3,
    );
    if (!ens.length) continue;
    const frs = words(src === 'de' ? (D['de>fr']!.get(head) ?? []).flatMap((e) => translationsOf(e)) : glosses(ens[0]!, 'en', D['en>fr'], 2), 2);
    rows.push(`${head}\t${ens.join(',')}${frs.length ? `\t${frs.join(',')}` : ''}`);
  }
  sourceGlosses[src] = rows.sort().join('\n');
}

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const glossFile = join(root, 'shared/checks/names/source-glosses.ts');
writeFileSync(
  glossFile,
  `// GENERATED by scripts/build-orgs-kb.ts — do not edit. FreeDict deu-eng (GPL-3.0/AGPL-3.0), deu-fra
// (CC BY-SA 3.0), spa-eng, ita-eng, eng-fra (GPL-2.0-or-later); see THIRD-PARTY-NOTICES.md.
/** Per source language: "word<TAB>english gloss[<TAB>french gloss]" lines, sorted. */
export const SOURCE_GLOSSES: Readonly<Record<string, string>> = ${JSON.stringify(sourceGlosses)};
`,
);
console.log(
  `source glosses: ${Object.entries(sourceGlosses)
    .map(([l, r]) => `${l} ${r.split('\n').length}`)
    .join(', ')} -> ${glossFile}`,
);
const file = join(root, 'shared/checks/names/orgs.ts');
writeFileSync(
  file,
  `// GENERATED by scripts/build-orgs-kb.ts — do not edit. Sources and licences: THIRD-PARTY-NOTICES.md
// (news publishers: flairNLP/fundus, MIT; parties: Party Facts, MIT; word glosses: FreeDict
// deu-eng GPL-3.0/AGPL-3.0, deu-fra CC BY-SA 3.0, spa-eng/ita-eng/eng-fra/fra-eng GPL-2.0-or-later).
/**
 * Organisations whose names are words: "kind|country|lang|native name|English name|EN glosses|FR glosses",
 * glosses per content word separated by ";", alternatives by ","; "=word" a word kept as is.
 */
export const ORGS = ${JSON.stringify(lines.join('\n'))};
/** People in public life whose surname is a word: "Given Surname|EN glosses|FR glosses". */
export const WORD_SURNAMES = ${JSON.stringify(people.join('\n'))};
/** Given names German → French equivalents: "Peter|Pierre". */
export const GIVEN_DE_FR = ${JSON.stringify(givenEquiv.join('\n'))};
/** "ISO3|English country name", one per line. */
export const ORG_COUNTRIES = ${JSON.stringify(countryNames.join('\n'))};
`,
);
console.log(`${people.length} people with word surnames, ${givenEquiv.length} given-name equivalents`);
console.log(`${lines.length} organisations (${orgs.length} read), ${words} glossed words, ${lines.join('\n').length} chars -> ${file}`);
