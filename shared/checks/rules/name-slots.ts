// Names translated as words, found by the slot a name must fill (no glossary, no partner needed):
//  (a) given name + lowercase word: "Sven sourit", "Greta bird" — a given name (names knowledge
//      base) alone, never followed by a surname in the corpus, then an ordinary lowercase word
//      where news text puts the surname;
//  (b) a source-language article before an ordinary capitalised word: "told der Mirror" —
//      a name (newspaper, party) translated word by word with its article left over;
//  (c) the medium after a quoted speaker: "said Mayor Jensen Mirror." — German "sagte X dem
//      Spiegel": after "said + person", an ordinary capitalised word closing the clause is the
//      newspaper's translated name.
//  (d) a surname that is a word, rendered as that word where the person acts (see below).
// A suggestion only where the document names the person; never safe.
import { msg } from '../messages/ref.js';
import { isCountry, isGivenName, isSurname, namesKB, publicLifeKB, sourceGloss } from '../names/kb.js';
import type { CorpusModel, DocView } from '../corpus.js';
import type { Rule } from '../rule.js';
import { DETERMINERS, FUNCTION_WORDS, TITLE_HEADS } from '../util/lexicon.js';
import { lookup, translationsFor, TRANSLATION_PREFIX } from '../../align/lexicon.js';
import { foldKey } from '../../text/fold.js';
import { isAllCaps, isUpperInitial, type Token } from '../util/text.js';

// Articles of the source languages MT news comes from, that are no words of the target language.
const SOURCE_ARTICLES: Record<string, ReadonlyMap<string, string>> = {
  en: new Map(
    Object.entries({ der: 'de', die: 'de', das: 'de', dem: 'de', den: 'de', des: 'de', il: 'it', lo: 'it', gli: 'it', los: 'es', las: 'es', el: 'es' }),
  ),
  fr: new Map(
    Object.entries({ der: 'de', die: 'de', das: 'de', dem: 'de', den: 'de', il: 'it', lo: 'it', gli: 'it', los: 'es', las: 'es', el: 'es', the: 'en' }),
  ),
};
// Lowercase words that may follow a given name used alone without being its surname: conjunctions,
// prepositions and punctuation-like words ("Sven and his wife", "Marie de Médicis").
const JOIN = new Set([
  'and',
  'or',
  'of',
  'et',
  'ou',
  'de',
  'du',
  'des',
  'von',
  'van',
  'der',
  'den',
  'da',
  'di',
  'del',
  'della',
  'dos',
  'das',
  'y',
  'e',
  'la',
  'le',
  'bin',
  'ben',
  'al',
  'el',
  'ibn',
  'zu',
  'ter',
  'te',
]);
const CALENDAR = new Set(
  (
    'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december ' +
    'lundi mardi mercredi jeudi vendredi samedi dimanche janvier février mars avril mai juin juillet août septembre octobre novembre décembre today yesterday tomorrow'
  ).split(' '),
);

// Closed-class words beyond the function-word lists: conjunctions and sentence adverbs.
const CLOSED_CLASS: Record<string, ReadonlySet<string>> = {
  en: new Set(
    'because although though since unless whereas whether therefore however also still already even just only yet again perhaps maybe thus hence'.split(' '),
  ),
  fr: new Set('parce puisque lorsque quand comme toutefois cependant aussi encore déjà même seulement donc alors ainsi pourtant néanmoins'.split(' ')),
};
const PLACE_PREPS = new Set(['in', 'at', 'from', 'to', 'near', 'of', 'à', 'en', 'vers', 'depuis', 'près']);
/** Starts with a lowercase letter (the token's lowercase form has the same first code unit, a letter). */
const isLowerInitial = (t: Token) => t.text.charCodeAt(0) === t.lower.charCodeAt(0) && !/^\p{N}/u.test(t.text);
const spaceOnly = (text: string, a: number, b: number) => b > a && /^[ \u00a0]+$/u.test(text.slice(a, b));

export const nameSlotsRule: Rule = {
  id: 'name-translation.slots',
  category: 'name-translation',
  severity: 'warning',
  scope: 'corpus',
  inputs: ['text', 'corpus'],
  languages: ['en', 'fr'],
  run(env) {
    const { model } = env;
    // "said X", "a ajouté X", "selon X": the verb-first speech verbs of the check data (profile-editable).
    const SAID: Record<string, RegExp | undefined> = { en: saidBefore(model, 'en'), fr: saidBefore(model, 'fr') };
    // Given names followed by a capitalised word in the document: that person has a surname there;
    // and capitalised forms after a preposition of place ("in Washington", "à Santos"): places.
    const surnamesOf = new Map<string, Set<string>>();
    // Forms that follow a given name somewhere ("John Kerry"): surnames, even when they are given names too.
    const afterGiven = new Set<string>();
    const placeLike = new Set<string>();
    const alone = new Map<string, number>();
    // Each document's share is gathered from its own text and kept across re-checks (a re-check
    // after one edit gathers that document again); the corpus-wide sets are their union.
    for (const v of model.views) {
      const g = model.memo(`name-slots:gather:${v.doc.id}`, () => gather(v));
      for (const f of g.afterGiven) afterGiven.add(f);
      for (const f of g.placeLike) placeLike.add(f);
      for (const [f, n] of g.alone) alone.set(f, (alone.get(f) ?? 0) + n);
      for (const [f, set] of g.surnamesOf) surnamesOf.set(`${v.doc.id}\u0000${f}`, set);
    }
    function gather(v: DocView) {
      const out = { afterGiven: new Set<string>(), placeLike: new Set<string>(), alone: new Map<string, number>(), surnamesOf: new Map<string, Set<string>>() };
      const toks = v.tokens;
      for (let i = 0; i + 1 < toks.length; i++) {
        const t = toks[i]!;
        const n = toks[i + 1]!;
        if (!isUpperInitial(n.text) || !spaceOnly(v.text, t.end, n.start)) {
          // A capitalised word standing alone (no capitalised word before or after it).
          const p = toks[i - 1];
          if (isUpperInitial(t.text) && !(p && isUpperInitial(p.text) && spaceOnly(v.text, p.end, t.start)))
            out.alone.set(t.text, (out.alone.get(t.text) ?? 0) + 1);
          continue;
        }
        if (isGivenName(t.text) && !isAllCaps(t.text)) out.afterGiven.add(n.text);
        if (isUpperInitial(t.text)) {
          const set = out.surnamesOf.get(t.text) ?? new Set<string>();
          set.add(n.text);
          out.surnamesOf.set(t.text, set);
        } else if (PLACE_PREPS.has(t.lower)) out.placeLike.add(n.text);
      }
      return out;
    }
    // Surnames that are words, per document (d), gathered first: the corpus shares them.
    // Keys that come from a source-language gloss of a surname (capitalised renderings count).
    const glossKeys = new Set<string>();
    const capsOnlyKeys = new Set<string>();
    // Starts of surname-word findings: the title slot (e) does not repeat them without a suggestion.
    const surnameFound = new Set<number>();
    const corpusPeople = new Map<string, string>();
    const peopleOf = new Map<string, Map<string, string>>();
    for (const v of model.views) {
      if (v.lang !== 'en' && v.lang !== 'fr') continue;
      const p = surnameWords(v);
      peopleOf.set(v.doc.id, p);
      for (const [k, sur] of p) if (!corpusPeople.has(k)) corpusPeople.set(k, sur);
    }
    for (const v of model.views) {
      if (v.lang !== 'en' && v.lang !== 'fr') continue;
      translatedSurname(v, peopleOf.get(v.doc.id)!);
      givenNameSlot(v);
      titleSlot(v);
      sourceArticle(v);
      mediaSlot(v);
    }

    function ordinary(t: Token, v: DocView): boolean {
      return model.isOrdinaryWord(t.lower, v.lang);
    }

    function givenNameSlot(v: DocView): void {
      const fw = FUNCTION_WORDS[v.lang] ?? new Set<string>();
      const toks = v.tokens;
      // A given name then a lowercase word, from the document's own text: kept across re-checks.
      const at = model.memo(`name-slots:given:${v.doc.id}`, () => {
        const out: number[] = [];
        for (let i = 0; i + 1 < toks.length; i++) {
          const g = toks[i]!;
          const w = toks[i + 1]!;
          // Cheap tests first: a capitalised word then a lowercase one.
          if (g.text.length < 3 || !isUpperInitial(g.text) || !isLowerInitial(w) || isAllCaps(g.text)) continue;
          if (JOIN.has(w.lower) || !spaceOnly(v.text, g.end, w.start) || !isGivenName(g.text)) continue;
          out.push(i);
        }
        return out;
      });
      for (const i of at) {
        const g = toks[i]!;
        const w = toks[i + 1]!;
        // Used as a surname in the corpus ("John Kerry"), or at a sentence start, where places and
        // countries stand alone as subjects ("Washington wants …").
        if (afterGiven.has(g.text) || model.isSentenceInitial(v, g)) continue;
        const prev = toks[i - 1];
        // "King Charles said", "Pope Francis": a capitalised word before makes it a surname or a title's name.
        if (prev && isUpperInitial(prev.text) && !isAllCaps(prev.text) && spaceOnly(v.text, prev.end, g.start)) continue;
        // A country or a known surname is not a lone given name ("France a …", "Brown said").
        // A surname too ("Santos", "Thomas") may stand alone as the person's name.
        if (isCountry(g.text) || isSurname(g.text) || placeLike.has(g.text)) continue;
        // Before a title noun it qualifies the office ("German minister", "French president").
        if (TITLE_HEADS.has(w.lower)) continue;
        // The lowercase word must be a content word, or an auxiliary before one ("Paul a chanté").
        if (fw.has(w.lower)) {
          const n = toks[i + 2];
          if (!n || !/^\p{Ll}/u.test(n.text) || fw.has(n.lower) || !spaceOnly(v.text, w.end, n.start) || !/^(?:a|est|ont)$/u.test(w.lower)) continue;
        }
        if (!ordinary(w, v)) continue;
        // The same given name with its surname elsewhere in the document names the person.
        const known = [...(surnamesOf.get(`${v.doc.id}\u0000${g.text}`) ?? [])];
        // Used alone again and again, never with a surname here: a place or a metonym ("Washington
        // wants", "between Washington and Beijing"), not a person's given name.
        if (!known.length && (alone.get(g.text) ?? 0) >= 3) continue;
        const full = known.length === 1 ? `${g.text} ${known[0]}` : undefined;
        env.emit(v, {
          start: g.start,
          end: w.end,
          ...(full ? { suggestions: [full], safe: false } : {}),
          message: msg('name-translation.slots.given-name', { form: v.text.slice(g.start, w.end), given: g.text }),
          evidence: [
            msg('name-translation.slots.ev.given-name', { given: g.text, word: w.text, langs: model.memo(`kbgl:${g.text}`, () => givenLangs(g.text)) }),
            full ? msg('name-translation.slots.ev.surname-elsewhere', { full }) : msg('name-translation.slots.ev.never-surname', { given: g.text }),
          ],
        });
      }
    }

    // (e) A title followed by a capitalised grammar word: "Prime Minister Because said" — a
    // surname that is a word of the source language (German "Weil") translated as that word.
    // Only closed-class words (conjunctions, prepositions, adverbs, pronouns): nouns after a title
    // are too often real surnames (Brown, Darling). Not a name of the lists, of people in public
    // life (May), nor written after a given name anywhere in the corpus.
    function titleSlot(v: DocView): void {
      const fw = FUNCTION_WORDS[v.lang] ?? new Set<string>();
      const closed = CLOSED_CLASS[v.lang] ?? new Set<string>();
      const toks = v.tokens;
      // The title + grammar word places, from the document's own text: kept across re-checks.
      const at = model.memo(`name-slots:title:${v.doc.id}`, () => {
        const out: number[] = [];
        for (let i = 1; i < toks.length; i++) {
          const t = toks[i]!;
          if (!(fw.has(t.lower) || closed.has(t.lower)) || !isUpperInitial(t.text) || isAllCaps(t.text)) continue;
          const title = toks[i - 1]!;
          if (!TITLE_HEADS.has(title.lower) || title.text.length < 3 || !spaceOnly(v.text, title.end, t.start)) continue;
          const next = toks[i + 1];
          if (next && isUpperInitial(next.text) && spaceOnly(v.text, t.end, next.start)) continue;
          out.push(i);
        }
        return out;
      });
      for (const i of at) {
        const t = toks[i]!;
        const title = toks[i - 1]!;
        if (
          surnameFound.has(t.start) ||
          model.isSentenceInitial(v, t) ||
          afterGiven.has(t.text) ||
          isGivenName(t.text) ||
          isSurname(t.text) ||
          publicLifeKB().givenBySurname.has(t.text)
        )
          continue;
        env.emit(v, {
          start: t.start,
          end: t.end,
          message: msg('name-translation.slots.title-word', { form: t.text, title: title.text }),
          evidence: [msg('name-translation.slots.ev.title-word', { title: title.text, word: t.lower })],
        });
      }
    }

    // (d) A surname that is a word ("Ingrid Hammer") rendered as that word where the person acts:
    // "les marteaux ont voté", "a ajouté le marteau" (French, through the EN–FR lexicon), or
    // "lies said" (the same word, lowercase). Suggests the surname.
    function surnameWords(v: DocView): Map<string, string> {
      const people = new Map<string, string>(); // literal key → surname
      const toks = v.tokens;
      // Two-word names standing alone ("… Ingrid Hammer a …"): a given name that is no ordinary word,
      // then the surname, between lowercase words (not inside titles such as "Foreign Secretary").
      const pairs = new Map<string, string>(); // surname → given name
      for (let i = 1; i + 2 < toks.length; i++) {
        const g = toks[i]!;
        const n = toks[i + 1]!;
        if (!isUpperInitial(n.text) || isAllCaps(n.text) || !spaceOnly(v.text, g.end, n.start) || !isGivenName(g.text) || model.isOrdinaryWord(g.lower, v.lang))
          continue;
        const a = toks[i - 1]!;
        const b = toks[i + 2]!;
        if ((isUpperInitial(a.text) && spaceOnly(v.text, a.end, g.start)) || (isUpperInitial(b.text) && spaceOnly(v.text, n.end, b.start))) continue;
        if (TITLE_HEADS.has(n.lower)) continue;
        pairs.set(n.text, g.text);
      }
      const fw = FUNCTION_WORDS[v.lang] ?? new Set<string>();
      const closed = CLOSED_CLASS[v.lang] ?? new Set<string>();
      for (const [sur, given] of pairs) {
        // A surname that is a word of the person's language ("Blume", "Casado": German or Spanish
        // given name or surname lists) rendered by its literal gloss ("flower", "married").
        for (const src of ['de', 'es', 'it']) {
          if (!isGivenName(given, [src]) && !(namesKB().surnames.get(sur) ?? []).includes(src)) continue;
          const gl = sourceGloss(sur, src);
          for (const w of gl ? (v.lang === 'en' ? gl.en : gl.fr) : []) {
            if (w.length < 4 || fw.has(w) || w === sur.toLowerCase()) continue;
            const key = v.lang === 'en' ? `=${w}` : `~${foldKey(w).slice(0, TRANSLATION_PREFIX)}`;
            if (!people.has(key)) people.set(key, sur);
            glossKeys.add(key);
            // A grammar word ("because" for Weil) counts capitalised only: lowercase it is itself.
            if (closed.has(w)) capsOnlyKeys.add(key);
          }
        }
        {
          // A surname that is a grammar word ("Will", "May") is that word everywhere: no evidence.
          if (sur.length < 4 || fw.has(sur.toLowerCase())) continue;
          const low = sur.toLowerCase();
          if (model.isOrdinaryWord(low, v.lang)) people.set(`=${low}`, sur);
          if (v.lang === 'fr' && model.spell?.languages().includes('en') && model.spell.has(low, 'en')) {
            const lex = model.memo('lexicon:en-fr', () => translationsFor('en', 'fr'));
            const tr = lookup(lex, foldKey(low)) ?? lookup(lex, foldKey(low).replace(/s$/u, ''));
            for (const key of tr?.keys() ?? []) if (key.length >= 4) people.set(`~${key}`, sur);
          }
        }
      }
      return people;
    }

    function translatedSurname(v: DocView, own: Map<string, string>): void {
      const slots = model.slotStarts(v);
      if (!own.size && !corpusPeople.size) return;
      const literal = new Set<string>();
      const prefixes = new Set<string>();
      for (const m of [own, corpusPeople]) {
        for (const k of m.keys()) {
          if (k[0] === '=') literal.add(k.slice(1));
          else for (const p of prefixVariants(k.slice(1, 4))) prefixes.add(p);
        }
      }
      const hasTranslated = prefixes.size > 0;
      const toks = v.tokens;
      const dets = DETERMINERS[v.lang] ?? new Set<string>();
      for (let i = 0; i < toks.length; i++) {
        const t = toks[i]!;
        // Most words are no one's surname: a cheap first test on the literal and translated keys.
        if (!literal.has(t.lower) && !(hasTranslated && prefixes.has(t.lower.slice(0, 3)))) continue;
        const keys = [`=${t.lower}`, `~${foldKey(t.lower).slice(0, TRANSLATION_PREFIX)}`];
        // Capitalised, only a source-language gloss counts ("Flower said" for Blume): a capitalised
        // form of the surname's own word is the name itself ("Brown said").
        const capsGloss = !isLowerInitial(t) && isUpperInitial(t.text) && keys.some((k) => glossKeys.has(k)) && !model.isSentenceInitial(v, t);
        if (!isLowerInitial(t) && !capsGloss) continue;
        if (isLowerInitial(t) && keys.some((k) => capsOnlyKeys.has(k))) continue;
        const mine = keys.map((k) => own.get(k)).find((x) => x);
        // Else a person another document of the corpus names (the same MT engine, the same word).
        const sur = mine ?? keys.map((k) => corpusPeople.get(k)).find((x) => x);
        if (!sur) continue;
        const prev = toks[i - 1];
        const next = toks[i + 1];
        const before = v.text.slice(Math.max(0, t.start - 24), prev && dets.has(prev.lower) ? prev.start : t.start);
        // Where a person stands: after a speech verb, or as the subject of a verb.
        const afterSpeech = SAID[v.lang]?.test(before) ?? false;
        // Subject of a verb: an auxiliary, a reflexive, or a French finite verb ending (-ont, -ra…).
        const subject =
          !!next &&
          spaceOnly(v.text, t.end, next.start) &&
          (/^(?:a|ont|est|sont|se|s|avait|avaient|said|says|has|have|is|was|told)$/u.test(next.lower) ||
            (v.lang === 'fr' && /^\p{Ll}{3,}(?:ront|ra|ait|aient)$/u.test(next.text)));
        const titled = capsGloss && !!prev && TITLE_HEADS.has(prev.lower) && spaceOnly(v.text, prev.end, t.start);
        if (!afterSpeech && !subject && !titled && !(capsGloss && slots.has(t.start))) continue;
        const start = prev && dets.has(prev.lower) && spaceOnly(v.text, prev.end, t.start) ? prev.start : t.start;
        surnameFound.add(t.start);
        env.emit(v, {
          start,
          end: t.end,
          suggestions: [sur],
          safe: false,
          message: msg('name-translation.slots.surname-word', { form: v.text.slice(start, t.end), name: sur }),
          evidence: [msg('name-translation.slots.ev.surname-word', { name: sur, word: t.text })],
        });
      }
    }

    function sourceArticle(v: DocView): void {
      const arts = SOURCE_ARTICLES[v.lang];
      if (!arts) return;
      const toks = v.tokens;
      for (let i = 1; i + 1 < toks.length; i++) {
        const a = toks[i]!;
        const lang = a.text.length <= 3 ? arts.get(a.text) : undefined;
        if (!lang) continue;
        const w = toks[i + 1]!;
        if (!isUpperInitial(w.text) || isAllCaps(w.text) || !spaceOnly(v.text, a.end, w.start)) continue;
        // The article itself must not be a word of the document's language here ("the" in FR is
        // English; "el"/"die" are no EN words), and the name part must be an ordinary word.
        if (model.isOrdinaryWord(a.lower, v.lang) || !ordinary(w, v)) continue;
        // Inside a run of source-language text ("Die Welt", "Der Spiegel" as such) the name is left as is.
        if (model.isOrdinaryWord(w.lower, lang)) continue;
        env.emit(v, {
          start: a.start,
          end: w.end,
          message: msg('name-translation.slots.source-article', { form: v.text.slice(a.start, w.end), lang }),
          evidence: [msg('name-translation.slots.ev.source-article', { article: a.text, lang })],
        });
      }
    }

    function mediaSlot(v: DocView): void {
      const said = SAID[v.lang];
      if (!said) return;
      const toks = v.tokens;
      // Places (i, j) from the document's own text, kept across re-checks.
      const at = model.memo(`name-slots:media:${v.doc.id}`, () => {
        const out: number[] = [];
        for (let i = 0; i + 1 < toks.length; i++) {
          const w = toks[i]!;
          // X closes the clause: followed by . , ; or the line end.
          if (!isUpperInitial(w.text) || isAllCaps(w.text) || w.text.length < 3) continue;
          const after = v.text.slice(w.end, w.end + 1);
          if (!/^(?:[.,;]|\n|$)/u.test(after)) continue;
          // Before X: one to six capitalised words (the person, with a title), then "said".
          let j = i - 1;
          let names = 0;
          while (j >= 0 && names < 7 && isUpperInitial(toks[j]!.text) && spaceOnly(v.text, toks[j]!.end, toks[j + 1]!.start)) {
            j--;
            names++;
          }
          if (names === 0 || j < 0) continue;
          out.push(i, j);
        }
        return out;
      });
      for (let k = 0; k < at.length; k += 2) {
        const i = at[k]!;
        const j = at[k + 1]!;
        const w = toks[i]!;
        const person = toks[i - 1]!;
        if (TITLE_HEADS.has(person.lower) || (!model.isKnownName(person.text) && !isSurname(person.text))) continue;
        const m = said.exec(v.text.slice(Math.max(0, toks[j + 1]!.start - 20), toks[j + 1]!.start));
        if (!m) continue;
        if (CALENDAR.has(w.lower) || isCountry(w.text) || !ordinary(w, v) || isGivenName(w.text) || isSurname(w.text)) continue;
        if (model.spell?.languages().includes(v.lang) && model.spell.has(w.text, v.lang)) continue; // listed capitalised: a proper noun
        env.emit(v, {
          start: w.start,
          end: w.end,
          message: msg('name-translation.slots.media', { form: w.text, speaker: person.text }),
          evidence: [msg('name-translation.slots.ev.media', { cue: m[1]!, word: w.lower })],
        });
      }
    }
  },
};

/**
 * "said X", "a ajouté X", "selon X": a pattern for the text just before X, from the verb-first
 * speech verbs of the check data (profile-editable). Group 1 is the verb. Built once per model.
 */
export function saidBefore(model: CorpusModel, lang: string): RegExp | undefined {
  return model.memo(`said-before:${lang}`, () => {
    const verbs = model.data.speechVerbs.verbFirst[lang] ?? [];
    if (!verbs.length) return undefined;
    return new RegExp(
      `(?:^|[\\s,”"»])(${verbs
        .map((x) => x.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&').replace(/ /gu, '[ \\u00a0]+'))
        .sort((x, y) => y.length - x.length)
        .join('|')})[ \\u00a0]+$`,
      'iu',
    );
  });
}

function givenLangs(form: string): string {
  const langs = ['en', 'fr', 'de', 'es', 'it', 'nl', 'pt', 'pl', 'sv', 'da', 'nb', 'fi', 'cs', 'sk', 'hr', 'hu', 'ro', 'lv'].filter((l) =>
    isGivenName(form, [l]),
  );
  return langs.slice(0, 4).join(', ');
}

/** Lowercase 3-letter prefixes whose folded form is the given folded prefix (accents may differ). */
function prefixVariants(folded: string): string[] {
  const ACCENTED: Record<string, string> = { a: 'aàâä', e: 'eéèêë', i: 'iîï', o: 'oôö', u: 'uùûü', c: 'cç', y: 'yÿ' };
  let out = [''];
  for (const ch of folded) out = out.flatMap((p) => [...(ACCENTED[ch] ?? ch)].map((x) => p + x));
  return out;
}
