// Names of the public-life knowledge base (names/public.ts: people in public life and parties)
// met in a translated form:
//  - a person's given name translated or stripped of its accents while the surname stayed
//    ("Serge X" for the listed "Sergio X"): the given name is a near form of the listed one
//    (same stem, or same letters without accents) and a given name of the document's language
//    that the listed one is not;
//  - a party name rendered as ordinary words where the document discusses that country's
//    parties (another of its parties is named): lowercase "free voters" in English, its
//    word-by-word French translation through the EN–FR lexicon ("électeurs libres").
// The listed name is suggested; never safe (an editor confirms).
import { lookup, translationsFor, TRANSLATION_PREFIX } from '../../align/lexicon.js';
import { foldKey } from '../../text/fold.js';
import { msg } from '../messages/ref.js';
import { isGivenName, namesKB, publicLifeKB, wordSurnamesKB, type Party } from '../names/kb.js';
import type { DocView } from '../corpus.js';
import type { Rule, RuleEnv } from '../rule.js';
import { FUNCTION_WORDS } from '../util/lexicon.js';
import { isAllCaps, isUpperInitial } from '../util/text.js';

// Words of a party name that carry no meaning of their own for matching.
const PARTY_STOP = new Set(['the', 'of', 'and', 'for', 'a', 'an', 'in', 'party', 'list']);

export const knownNamesRule: Rule = {
  id: 'name-translation.known',
  category: 'name-translation',
  severity: 'warning',
  scope: 'doc',
  inputs: ['text'],
  run(env, view) {
    if (!view) return;
    const kb = publicLifeKB();
    const { text, tokens } = view;

    // Persons: "Given Surname" with a listed surname and a near form of one of its given names.
    for (let i = 0; i + 1 < tokens.length; i++) {
      const g = tokens[i]!,
        s = tokens[i + 1]!;
      if (!isUpperInitial(g.text) || !isUpperInitial(s.text) || isAllCaps(g.text) || isAllCaps(s.text) || text.slice(g.end, s.start) !== ' ') continue;
      const givens = kb.givenBySurname.get(s.text);
      // A common surname (many listed people) says nothing about who is meant.
      if (!givens || givens.has(g.text) || givens.size > 3) continue;
      // A near form, or the listed name's equivalent in the document's language ("Pierre" for a
      // listed "Peter": dictionaries' given-name entries).
      const equiv = wordSurnamesKB().givenEquiv;
      const listed = [...givens].filter(
        (k) => nearGiven(g.text, k, view.lang) || (view.lang === 'fr' && equiv.get(k)?.has(g.text) && isGivenName(g.text, ['fr'])),
      );
      if (listed.length !== 1) continue;
      const name = `${listed[0]} ${s.text}`;
      env.emit(view, {
        start: g.start,
        end: s.end,
        suggestions: [name],
        safe: false,
        message: msg('name-translation.known.given', { form: `${g.text} ${s.text}`, name }),
      });
    }

    translatedGivenByOrigin(env, view);
    wrongAccentGiven(env, view);
    inconsistentGiven(env, view);

    // Parties: the country's politics is discussed when one of its parties is named.
    const countries = new Set<string>();
    // Two-letter short names ("PP", "PS") stand for parties of many countries: no evidence alone.
    for (const t of tokens) if (t.text.length >= 3) for (const p of kb.partyForms.get(t.text) ?? []) countries.add(p.country);
    if (!countries.size) return;
    const low = text.toLowerCase();
    const lex = view.lang === 'fr' ? env.model.memo('lexicon:en-fr', () => translationsFor('en', 'fr')) : undefined;
    for (const p of kb.parties) {
      if (!countries.has(p.country)) continue;
      const words = p.english
        .toLowerCase()
        .split(/[\s/-]+/u)
        .filter((w) => w && !PARTY_STOP.has(w));
      // One word ("Greens") is too often an ordinary word, and so is a phrase of function words
      // ("We Can" is a party's English name, "we can" a phrase of any text).
      if (words.length < 2 || words.some((w) => FUNCTION_WORDS.en!.has(w))) continue;
      if (view.lang === 'en') {
        const phrase = p.english.toLowerCase();
        for (let at = low.indexOf(phrase); at >= 0; at = low.indexOf(phrase, at + 1)) {
          const form = text.slice(at, at + phrase.length);
          // Written as the name (capitals) it is the usual English form; lowercase it is words.
          if (
            words.some((w) => {
              const k = form.toLowerCase().indexOf(w);
              return k >= 0 && isUpperInitial(form.slice(k, k + w.length));
            })
          )
            continue;
          if (/\p{L}/u.test(text[at - 1] ?? '') || /\p{L}/u.test(text[at + phrase.length] ?? '')) continue;
          emitParty(at, at + phrase.length, p);
        }
      } else if (lex) {
        const keys = words.map((w) => new Set(lookup(lex, foldKey(w))?.keys() ?? []));
        if (keys.some((k) => k.size === 0)) continue;
        for (let i = 0; i + words.length <= tokens.length; i++) {
          const span = tokens.slice(i, i + words.length + 1);
          // All the words' translations, lowercase, in any order, with at most one word between.
          const used = new Set<number>();
          let last = -1;
          for (let w = 0; w < words.length; w++) {
            const j = span.findIndex((t, k) => !used.has(k) && !isUpperInitial(t.text) && keys[w]!.has(foldKey(t.text).slice(0, TRANSLATION_PREFIX)));
            if (j < 0) {
              last = -1;
              break;
            }
            used.add(j);
            last = Math.max(last, j);
          }
          if (last < 0 || !used.has(0)) continue;
          emitParty(span[0]!.start, span[last]!.end, p);
          i += last;
        }
      }
    }

    function emitParty(start: number, end: number, p: Party): void {
      env.emit(view!, {
        start,
        end,
        suggestions: [p.native],
        safe: false,
        message: msg('name-translation.known.party', { form: text.slice(start, end), name: p.native, english: p.english }),
      });
    }
  },
};

/** Is `form` the listed given name `listed` translated or without its accents? */
function nearGiven(form: string, listed: string, lang: string): boolean {
  const f = foldKey(form),
    l = foldKey(listed);
  // Accents only: a wrong accent is an error ("Saül" for "Saúl"); none at all is the usual
  // English/French spelling of many names ("Ivan" for "Iván").
  if (f === l) return /[^\x00-\x7f]/u.test(form);
  if (f.length < 4 || l.length < 4 || Math.abs(f.length - l.length) > 3) return false;
  let k = 0;
  while (k < f.length && k < l.length && f[k] === l[k]) k++;
  // Same stem, the form a given name of the document's language ("Serge" for "Sergio" in French);
  // forms that differ by their last letter only are other people's names, not translations
  // ("Maria"/"Mario", "Daniel"/"Daniela").
  const [a, b] = f.length <= l.length ? [f, l] : [l, f];
  if ((b.length === a.length && k === a.length - 1) || (b.length === a.length + 1 && k === a.length)) return false;
  return k >= 4 && isGivenName(form, [lang]);
}

/**
 * A person not in the KB whose given name was translated into the document's language while the
 * surname kept its origin ("Serge" + an Italian/Spanish surname for "Sergio"): the surname belongs
 * to other languages' name lists only, the given name to none of them, one of their given names
 * shares its stem — and the document writes another foreign-origin person with a given name of
 * their own origin (it is about such people, not a French "Claude" with an Italian surname).
 */
function translatedGivenByOrigin(env: RuleEnv, view: DocView): void {
  const { given, surnames } = namesKB();
  const { text, tokens } = view;
  const pairs: Array<{ g: (typeof tokens)[number]; s: (typeof tokens)[number]; origin: string[] }> = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    const g = tokens[i]!,
      s = tokens[i + 1]!;
    if (!isUpperInitial(g.text) || !isUpperInitial(s.text) || isAllCaps(g.text) || isAllCaps(s.text) || text.slice(g.end, s.start) !== ' ') continue;
    const origin = surnames.get(s.text);
    if (!origin || origin.includes(view.lang) || origin.includes('en') || origin.includes('fr') || !given.has(g.text)) continue;
    pairs.push({ g, s, origin });
  }
  if (pairs.length < 2) return;
  // Languages whose people the document writes with their own given names.
  const written = new Set<string>();
  for (const p of pairs) for (const l of given.get(p.g.text) ?? []) if (p.origin.includes(l)) written.add(`${l}:${p.s.text}`);
  for (const p of pairs) {
    const gl = given.get(p.g.text) ?? [];
    if (gl.some((l) => p.origin.includes(l))) continue; // the given name is of the surname's origin
    // Name lists are partial per language: any other foreign-origin person written with a
    // given name of their own origin is the evidence; the stem is looked for in the surname's.
    if (![...written].some((w) => !w.endsWith(`:${p.s.text}`))) continue;
    const langs = p.origin;
    const near = (givenByStem().get(stem(p.g.text)) ?? []).filter((k) => given.get(k)!.some((l) => langs.includes(l)) && nearGiven(p.g.text, k, view.lang));
    // Several candidates ("Claudio", "Claudia"): flagged, without a suggestion.
    if (near.length === 0 || near.length > 3) continue;
    const name = near.length === 1 ? `${near[0]} ${p.s.text}` : near.map((k) => `${k} ${p.s.text}`).join(' / ');
    env.emit(view, {
      start: p.g.start,
      end: p.s.end,
      suggestions: near.length === 1 ? [name] : [],
      safe: false,
      message: msg('name-translation.known.given-origin', { form: `${p.g.text} ${p.s.text}`, name }),
    });
  }
}

const stem = (w: string) => foldKey(w).slice(0, 4);
let stems: Map<string, string[]> | undefined;
/** Given names of the names KB by their first four folded letters (the stem nearGiven needs). */
function givenByStem(): Map<string, string[]> {
  if (!stems) {
    stems = new Map();
    for (const k of namesKB().given.keys()) {
      const s = stem(k);
      const l = stems.get(s);
      if (l) l.push(k);
      else stems.set(s, [k]);
    }
  }
  return stems;
}

/**
 * One person, two given names in one document: "Sergio X" once and "Serge X" elsewhere — a near
 * form (same stem, see nearGiven) of the given name the document also writes with that surname.
 * The form of the surname's origin (names KB language lists) is kept, else the more frequent;
 * a tie with no origin says nothing.
 */
function inconsistentGiven(env: RuleEnv, view: DocView): void {
  const { given, surnames } = namesKB();
  const { text, tokens } = view;
  const bySurname = new Map<string, Map<string, Array<[number, number]>>>();
  for (let i = 0; i + 1 < tokens.length; i++) {
    const g = tokens[i]!,
      s = tokens[i + 1]!;
    if (
      !isUpperInitial(g.text) ||
      !isUpperInitial(s.text) ||
      isAllCaps(g.text) ||
      isAllCaps(s.text) ||
      text.slice(g.end, s.start) !== ' ' ||
      !given.has(g.text)
    )
      continue;
    let m = bySurname.get(s.text);
    if (!m) bySurname.set(s.text, (m = new Map()));
    const l = m.get(g.text);
    if (l) l.push([g.start, s.end]);
    else m.set(g.text, [[g.start, s.end]]);
  }
  for (const [sur, forms] of bySurname) {
    if (forms.size !== 2) continue;
    const [[a, as], [b, bs]] = [...forms] as [[string, Array<[number, number]>], [string, Array<[number, number]>]];
    if (!nearGiven(a, b, view.lang) && !nearGiven(b, a, view.lang)) continue;
    const origin = surnames.get(sur) ?? [];
    const ofOrigin = (g: string) => (given.get(g) ?? []).some((l) => origin.includes(l));
    let keep: string | undefined;
    if (ofOrigin(a) !== ofOrigin(b)) keep = ofOrigin(a) ? a : b;
    else if (as.length !== bs.length) keep = as.length > bs.length ? a : b;
    if (!keep) continue;
    const wrong = keep === a ? b : a;
    for (const [start, end] of forms.get(wrong)!) {
      env.emit(view, {
        start,
        end,
        suggestions: [`${keep} ${sur}`],
        safe: false,
        message: msg('name-translation.known.given-doc', { form: `${wrong} ${sur}`, name: `${keep} ${sur}` }),
      });
    }
  }
}

// Letters with diacritics each language writes in names (Spanish "ü" only in "güe/güi").
const ACCENTS: Record<string, string> = {
  es: 'áéíóúñÁÉÍÓÚÑ',
  it: 'àèéìíòóùúÀÈÉÌÍÒÓÙÚ',
  pt: 'áâãàçéêíóôõúÁÂÃÀÇÉÊÍÓÔÕÚ',
  fr: 'àâçéèêëîïôûùüÿœÀÂÇÉÈÊËÎÏÔÛÙÜŸŒ',
  de: 'äöüßÄÖÜ',
  en: '',
};
const writes = (lang: string, form: string): boolean => {
  const allowed = ACCENTS[lang];
  if (allowed === undefined) return true; // a language whose letters we do not list: no evidence
  return [...form.normalize('NFC')].every(
    (c, k, all) => c.charCodeAt(0) < 0x80 || allowed.includes(c) || (lang === 'es' && c === 'ü' && /[gG]/u.test(all[k - 1] ?? '')),
  );
};
const NON_ASCII = /[^\x00-\x7f]/u;
const accentsOf = (s: string) => s.normalize('NFC').replace(/[\x00-\x7f]/gu, '');
let byFold: Map<string, string[]> | undefined;
/** Listed given names with diacritics by their folded form ("saul" → Saúl). */
function accentedGiven(): Map<string, string[]> {
  if (!byFold) {
    byFold = new Map();
    for (const k of namesKB().given.keys()) {
      if (!accentsOf(k)) continue;
      const f = foldKey(k);
      const l = byFold.get(f);
      if (l) l.push(k);
      else byFold.set(f, [k]);
    }
  }
  return byFold;
}

/**
 * A given name written with a diacritic its language does not write ("Saül" for the Spanish
 * "Saúl"): the form is in no name list, one listed name has the same letters with other accents,
 * and none of that name's languages writes the form's accents. Before a capitalised word (the
 * surname), where a given name stands. The listed form is suggested.
 */
function wrongAccentGiven(env: RuleEnv, view: DocView): void {
  const { text, tokens } = view;
  const { given, surnames } = namesKB();
  for (let i = 0; i + 1 < tokens.length; i++) {
    const g = tokens[i]!;
    if (!NON_ASCII.test(g.text) || !isUpperInitial(g.text) || isAllCaps(g.text) || given.has(g.text) || surnames.has(g.text)) continue;
    const s = tokens[i + 1]!;
    if (!isUpperInitial(s.text) || text.slice(g.end, s.start) !== ' ') continue;
    const near = (accentedGiven().get(foldKey(g.text)) ?? []).filter((k) => k !== g.text);
    if (near.length !== 1) continue;
    const k = near[0]!;
    // Some language of the listed name writes these accents: a spelling of its own, not an error.
    const langs = given.get(k) ?? [];
    if (langs.some((l) => writes(l, g.text))) continue;
    if (langs.includes(view.lang)) continue;
    env.emit(view, {
      start: g.start,
      end: g.end,
      suggestions: [k],
      safe: false,
      message: msg('name-translation.known.accent', { form: g.text, name: k }),
    });
  }
}
