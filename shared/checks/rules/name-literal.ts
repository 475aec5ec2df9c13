// Names of newspapers, broadcasters and parties translated word by word ("Munich Mercury" for the
// Münchner Merkur, "told the World" for Die Welt, "des électeurs libres" for the Freie Wähler).
// The organisations KB (names/orgs.ts) gives each name's literal EN/FR renderings; a match is
// only a candidate — ordinary words render ordinary names — and is scored on evidence:
//  - how it is written: capitalised mid-sentence (a name in the text's eyes) or, for a party,
//    in lower case (the name taken for words); two or more of the name's words in a row;
//  - the slot: a media cue before it ("told", "according to", "selon", "interview with"), a media
//    noun beside it ("newspaper", "quotidien"), an article of the source language left over ("der");
//  - the document is about that country: its name, or another of its parties or media named;
//  - the native name written elsewhere in the document;
//  - against: inside a longer run of capitalised words ("World Bank"), or a real name of the
//    document's language ("the Star").
// Scored at or above the threshold, flagged with the native name suggested; the same rendering
// elsewhere in the corpus then follows. Never safe: an editor confirms.
import { msg, type MessageRef } from '../messages/ref.js';
import { isCountry, isGivenName, isSurname, namesKB, orgKey, orgsKB, publicLifeKB, wordSurnamesKB, type OrgEntry, type WordSurname } from '../names/kb.js';
import type { DocView } from '../corpus.js';
import type { Rule } from '../rule.js';
import { saidBefore } from './name-slots.js';
import { FUNCTION_WORDS, TITLE_HEADS } from '../util/lexicon.js';
import { isAllCaps, isUpperInitial, type Token } from '../util/text.js';

// Cues after which a medium is named: the reporting verbs and prepositions of interviews.
const MEDIA_CUES: Record<string, RegExp> = {
  en: /(?:^|[\s,])(?:told|tells|telling|according to|interview(?:ed)? (?:with|by)|quoted by|reported by|wrote in|published by|in an interview with)[ \u00a0]+(?:the[ \u00a0]+)?$/iu,
  fr: /(?:^|[\s,])(?:selon|d['’]après|à|au|aux|dans|interview(?:é)? (?:à|au|par)|entretien (?:à|au|avec)|cité par|rapporte|rapporté par|a confié à|a déclaré à|a dit à|publié par)[ \u00a0]+(?:le[ \u00a0]+|la[ \u00a0]+|l['’]|les[ \u00a0]+)?$/iu,
};
// Nouns that name a medium ("the newspaper X", "X magazine", "le quotidien X").
const MEDIA_NOUNS = new Set(
  'newspaper paper daily weekly magazine tabloid broadcaster channel station network outlet journal quotidien hebdomadaire mensuel chaîne radio télévision média médias'.split(
    ' ',
  ),
);
// Articles of the source languages that are no words of the document's language.
const SOURCE_ARTICLES: Record<string, ReadonlySet<string>> = {
  en: new Set(['der', 'die', 'das', 'dem', 'den', 'des', 'il', 'lo', 'gli', 'el', 'los', 'las']),
  fr: new Set(['der', 'die', 'das', 'dem', 'den', 'il', 'lo', 'gli', 'el', 'los', 'las', 'the']),
};
// Evidence a candidate needs: two independent cues (e.g. capitalised + a media cue + its country).
const THRESHOLD = 4;
const spaceOnly = (text: string, a: number, b: number) => b > a && /^[ \u00a0]+$/u.test(text.slice(a, b));

interface Candidate {
  v: DocView;
  org: OrgEntry;
  start: number;
  end: number;
  /** Words of the rendering, as written (case-insensitive comparison key). */
  form: string;
  score: number;
  evidence: MessageRef[];
}

export const nameLiteralRule: Rule = {
  id: 'name-translation.literal',
  category: 'name-translation',
  severity: 'warning',
  scope: 'corpus',
  inputs: ['text', 'corpus'],
  languages: ['en', 'fr'],
  run(env) {
    const { model } = env;
    const kb = orgsKB();
    const threshold = THRESHOLD;
    const SAID: Record<string, RegExp | undefined> = { en: saidBefore(model, 'en'), fr: saidBefore(model, 'fr') };
    const all: Candidate[] = [];
    // Gathering: each document's candidates from its own text alone, kept across re-checks (a
    // re-check after one edit gathers that document again); judging below is corpus-wide. Copies:
    // judging marks the losers.
    for (const v of model.views) {
      if (v.lang !== 'en' && v.lang !== 'fr') continue;
      for (const c of model.memo(`literal:cands:${v.doc.id}`, () => candidates(v))) all.push({ ...c });
    }

    /** The document's candidates (organisations' renderings), scored. */
    function candidates(v: DocView): Candidate[] {
      const out: Candidate[] = [];
      const index = kb.byKey[v.lang as 'en' | 'fr'];
      const keys = keysOf(v);
      // Positions of each key in the document: organisations are tried once per key, not per token.
      const positions = new Map<string, number[]>();
      for (let i = 0; i < keys.length; i++) {
        const k = keys[i]!;
        if (!k) continue;
        const l = positions.get(k);
        if (l) l.push(i);
        else positions.set(k, [i]);
      }
      // An organisation all of whose words have some rendering in the document (most have not).
      const canMatch = (o: OrgEntry): boolean =>
        (o.renderings[v.lang as 'en' | 'fr'] ?? []).every((alts) => alts.some((a) => a[0]!.startsWith('=') || positions.has(a[0]!)));
      let countries: Map<string, number> | undefined;
      const seen = new Set<string>();
      const tried = new Set<OrgEntry>();
      for (const [k, at] of positions) {
        for (const org of index.get(k) ?? []) {
          if (tried.has(org)) continue;
          tried.add(org);
          if (!canMatch(org)) continue;
          // Every place where the indexed word's renderings start.
          for (const ik of org.indexKeys[v.lang as 'en' | 'fr']) {
            for (const i of ik === k ? at : (positions.get(ik) ?? [])) {
              const m = matchAt(v, keys, i, org);
              if (!m) continue;
              const id = `${org.native}:${m.from}`;
              if (seen.has(id)) continue;
              seen.add(id);
              const c = score(v, org, m.from, m.to, m.glossed, () => (countries ??= docCountries(v)));
              if (c) out.push(c);
            }
          }
        }
      }
      return out;
    }
    // Flag the candidates at or above the threshold; the same rendering of the same organisation
    // elsewhere in the corpus follows them (one MT engine renders one name one way).
    // One finding per place: of overlapping candidates ("Spiegel", "Der Spiegel") the best
    // scored, then the longer span.
    all.sort((a, b) => (a.v.doc.id < b.v.doc.id ? -1 : a.v.doc.id > b.v.doc.id ? 1 : a.start - b.start));
    for (let i = 0; i + 1 < all.length; i++) {
      const a = all[i]!;
      for (let j = i + 1; j < all.length && all[j]!.v === a.v && all[j]!.start < a.end; j++) {
        const b = all[j]!;
        const loser = b.score > a.score || (b.score === a.score && b.end - b.start > a.end - a.start) ? a : b;
        loser.score = -Infinity;
      }
    }
    const flagged = new Map<string, Candidate>();
    for (const c of all) if (c.score >= threshold) flagged.set(`${c.org.native}\u0000${c.form}`, c);
    for (const c of all) {
      const first = flagged.get(`${c.org.native}\u0000${c.form}`);
      if (!first || c.score === -Infinity) continue;
      const evidence =
        c.score >= threshold ? c.evidence : [...c.evidence, msg('name-translation.literal.ev.elsewhere', { form: first.v.text.slice(first.start, first.end) })];
      env.emit(c.v, {
        start: c.start,
        end: c.end,
        suggestions: suggestionsFor(c),
        safe: false,
        message: msg(c.org.kind === 'party' ? 'name-translation.literal.party' : 'name-translation.literal.media', {
          form: c.v.text.slice(c.start, c.end),
          name: c.org.native,
        }),
        evidence,
      });
    }

    people();

    /**
     * People in public life whose surname is a word (Hubertus Heil, Harald Koch), the surname
     * rendered as that word where the name stands: after the person's given name (or its
     * equivalent in the document's language, "Pierre" for "Peter"), after a title ("Minister
     * Cook"), or as the subject of a speech verb. Scored like the organisations: the slot, the
     * rendering capitalised, the rendering being no name of any list, the person's name written
     * elsewhere in the document.
     */
    /** Matching keys of the document's tokens ("" for short or non-word tokens), once per document. */
    // Only words that occur in some rendering get a key (most tokens do not): one set per language.
    function wanted(lang: 'en' | 'fr'): Set<string> {
      return model.memo(`literal:wanted:${lang}`, () => {
        const out = new Set<string>();
        for (const o of kb.orgs)
          for (const alts of o.renderings[lang] ?? []) for (const a of alts) for (const k of a) out.add(k.startsWith('=') ? k.slice(1) : k);
        for (const k of wordSurnamesKB().byGloss[lang].keys()) out.add(k);
        return out;
      });
    }
    function keysOf(v: DocView): string[] {
      return model.memo(`literal:keys:${v.doc.id}`, () => {
        const want = wanted(v.lang as 'en' | 'fr');
        // By interned word id: each distinct word is keyed once per corpus.
        const byId = model.memo('literal:key-by-id', () => [] as Array<string | undefined>);
        return v.tokens.map((t) => {
          let k = t.id ? byId[t.id] : undefined;
          if (k === undefined) {
            k = t.lower.length >= 3 && isLetter(t.lower.charCodeAt(0)) ? orgKey(t.lower) : '';
            if (!want.has(k)) k = '';
            if (t.id) byId[t.id] = k;
          }
          return k;
        });
      });
    }

    function afterGiven(): Set<string> {
      return model.memo('literal:after-given', () => {
        const out = new Set<string>();
        // Each document's share kept across re-checks (its own text alone); the union per run.
        for (const v of model.views)
          for (const form of model.memo(`literal:after-given:${v.doc.id}`, () => {
            const mine = new Set<string>();
            const toks = v.tokens;
            for (let i = 0; i + 1 < toks.length; i++) {
              const g = toks[i]!;
              const n = toks[i + 1]!;
              if (isUpperInitial(n.text) && isUpperInitial(g.text) && !isAllCaps(g.text) && spaceOnly(v.text, g.end, n.start) && isGivenName(g.text))
                mine.add(n.text);
            }
            return mine;
          }))
            out.add(form);
        return out;
      });
    }

    function people(): void {
      const kbp = wordSurnamesKB();
      for (const v of model.views) {
        if (v.lang !== 'en' && v.lang !== 'fr') continue;
        const index = kbp.byGloss[v.lang];
        const toks = v.tokens;
        let slots: Set<number> | undefined;
        const keys = keysOf(v);
        // The tokens that pass the tests on the document's own text, kept across re-checks.
        const at = model.memo(`literal:people:${v.doc.id}`, () => {
          const out: number[] = [];
          for (let i = 1; i < toks.length; i++) {
            const t = toks[i]!;
            const persons = keys[i] ? index.get(keys[i]!) : undefined;
            if (!persons) continue;
            // Part of a longer name ("Rhine Valley", "Cook Islands").
            const next = toks[i + 1];
            if (next && isUpperInitial(next.text) && spaceOnly(v.text, t.end, next.start)) continue;
            const caps = isUpperInitial(t.text) && !isAllCaps(t.text) && !model.isSentenceInitial(v, t);
            // Cheap exits first: a lowercase word after a lowercase one is in no slot of a name.
            if (!caps && !isUpperInitial(toks[i - 1]!.text)) continue;
            out.push(i);
          }
          return out;
        });
        for (const i of at) {
          const t = toks[i]!;
          const persons = index.get(keys[i]!)!;
          const prev = toks[i - 1]!;
          const caps = isUpperInitial(t.text) && !isAllCaps(t.text) && !model.isSentenceInitial(v, t);
          const adjacent = spaceOnly(v.text, prev.end, t.start);
          // A name in its own right: in the name lists, a public-life surname (Truss, Darling), or
          // written after a given name somewhere in the corpus.
          const isName = isGivenName(t.text) || isSurname(t.text) || isCountry(t.text) || publicLifeKB().givenBySurname.has(t.text) || afterGiven().has(t.text);
          const evidence: MessageRef[] = [];
          let best: { p: WordSurname[]; s: number; start: number; given?: string } | undefined;
          // (a) After the person's given name or its equivalent.
          const byGiven =
            adjacent && isUpperInitial(prev.text) ? persons.filter((p) => p.given === prev.text || kbp.givenEquiv.get(p.given)?.has(prev.text)) : [];
          // The person's own given name is strong; an equivalent ("André" for "Andreas") is a
          // French name of its own, and needs the rendering to be no name.
          const own = byGiven.some((p) => p.given === prev.text);
          if (byGiven.length && (own || !isName)) best = { p: byGiven, s: (own ? 3 : 2) + (isName ? 0 : 1), start: prev.start, given: prev.text };
          else if (caps && !isName) {
            // (b) After a title; (c) as the subject or object of a speech verb: the slot alone says
            // little (a surname may be a word), the person's real surname in the document completes it.
            const titled = adjacent && TITLE_HEADS.has(prev.lower);
            if (titled || (slots ??= model.slotStarts(v)).has(t.start)) best = { p: persons, s: 2, start: t.start };
          }
          if (!best) continue;
          const surnames = [...new Set(best.p.map((p) => p.surname))];
          const named = surnames.filter((sn) => new RegExp(`(?:^|[^\\p{L}])${sn}(?:$|[^\\p{L}])`, 'u').test(v.text));
          if (named.length) best.s += 2;
          if (best.s < threshold) continue;
          const person = best.p.find((p) => named.includes(p.surname)) ?? best.p[0]!;
          const suggestion =
            best.given !== undefined
              ? best.p.length === 1 || surnames.length === 1
                ? `${person.given} ${person.surname}`
                : undefined
              : surnames.length === 1
                ? surnames[0]
                : undefined;
          evidence.push(msg('name-translation.literal.ev.surname', { word: t.text, name: `${person.given} ${person.surname}` }));
          if (best.given !== undefined) evidence.push(msg('name-translation.literal.ev.given', { given: best.given }));
          if (named.length) evidence.push(msg('name-translation.literal.ev.native', { name: named[0]! }));
          env.emit(v, {
            start: best.start,
            end: t.end,
            ...(suggestion ? { suggestions: [suggestion] } : {}),
            safe: false,
            message: msg('name-translation.literal.person', { form: v.text.slice(best.start, t.end), name: suggestion ?? surnames.join(' / ') }),
            evidence,
          });
        }
      }
    }

    /**
     * Countries the document is about: 1 for the country's name, 2 for a party or medium of that
     * country named (its politics or press discussed).
     */
    function docCountries(v: DocView): Map<string, number> {
      const out = new Map<string, number>();
      const add = (iso: string, w: number) => out.set(iso, Math.max(out.get(iso) ?? 0, w));
      const places = namesKB().places;
      const wanted = new Map<number, string>();
      for (const [iso, name] of kb.countryName) {
        const idx = places.get(name);
        if (idx !== undefined) wanted.set(idx, iso);
      }
      const parties = publicLifeKB().partyForms;
      const toks = v.tokens;
      for (let i = 0; i < toks.length; i++) {
        const t = toks[i]!;
        if (!isUpperInitial(t.text)) continue;
        if (isCountry(t.text)) {
          const iso = wanted.get(places.get(t.text)!);
          if (iso) add(iso, 1);
        }
        // Party short names of three letters or more ("SPD", "CSU"); two-letter ones are shared.
        if (t.text.length >= 3) for (const p of parties.get(t.text) ?? []) add(p.country, 2);
        for (const o of kb.nativeForms.get(t.text) ?? []) add(o.country, 2);
        const n = toks[i + 1];
        if (n && spaceOnly(v.text, t.end, n.start)) for (const o of kb.nativeForms.get(`${t.text} ${n.text}`) ?? []) add(o.country, 2);
      }
      return out;
    }

    // A word of the document's language by its dictionary ("die" is English); without one, any
    // source article counts (the corpus's own vocabulary would count the leftover itself).
    function isWordOf(lower: string, lang: string): boolean {
      return !!model.spell?.languages().includes(lang) && model.spell.has(lower, lang);
    }

    function score(v: DocView, org: OrgEntry, from: number, to: number, glossed: number, countries: () => Map<string, number>): Candidate | undefined {
      const toks = v.tokens;
      const words = toks.slice(from, to + 1).filter((t) => !(FUNCTION_WORDS[v.lang] ?? new Set<string>()).has(t.lower));
      // As written (a capitalised "Électeurs libres" is not the lowercase "électeurs libres"), the
      // first letter of a sentence aside.
      const form = words.map((t, k) => (k === 0 && model.isSentenceInitial(v, t) ? t.lower : t.text)).join(' ');
      // Written as the party's usual English name, in capitals: right ("Free Voters"); in lower
      // case it is name-translation.known's ("free voters").
      if (v.lang === 'en' && org.english && form.toLowerCase() === org.english.toLowerCase().replace(/^the /u, '')) return undefined;
      const first = toks[from]!;
      const last = toks[to]!;
      const evidence: MessageRef[] = [
        msg('name-translation.literal.ev.rendering', { name: org.native, form: v.text.slice(first.start, last.end), lang: org.lang }),
      ];
      const initial = model.isSentenceInitial(v, first);
      const caps = words.filter((t, k) => isUpperInitial(t.text) && !isAllCaps(t.text) && !(k === 0 && initial)).length;
      const lower = words.every((t) => !isUpperInitial(t.text));
      const prev0 = toks[from - 1];
      // A medium's name in lower case is words ("the world", "time"), unless a source-language
      // article was left before it; most candidates end here.
      if (org.kind === 'media' && !caps && !(prev0 && SOURCE_ARTICLES[v.lang]!.has(prev0.text))) return undefined;
      // Inside a longer run of capitalised words: another name ("World Bank", "Star Wars").
      const prev = toks[from - 1];
      const next = toks[to + 1];
      if (next && isUpperInitial(next.text) && spaceOnly(v.text, last.end, next.start)) return undefined;
      // German word order "sagte X der Zeitung": after "said" and a person, closing the clause,
      // the medium spoken to; then the capitalised run before it is that person.
      let afterSpeaker = false;
      if (prev && isUpperInitial(prev.text) && spaceOnly(v.text, prev.end, first.start)) {
        let j = from - 1;
        while (j > 0 && j > from - 7 && isUpperInitial(toks[j - 1]!.text) && spaceOnly(v.text, toks[j - 1]!.end, toks[j]!.start)) j--;
        const closes = /^(?:[.,;]|\n|$)/u.test(v.text.slice(last.end, last.end + 1));
        afterSpeaker = org.kind === 'media' && closes && !!SAID[v.lang]?.test(v.text.slice(Math.max(0, toks[j]!.start - 30), toks[j]!.start));
        if (!afterSpeaker && !initialWord(v, prev)) return undefined;
      }
      // The rendering is itself a medium's name in the document's language (the English "Mirror"):
      // against, not fatal — a German story quoting "the Mirror" may still mean Der Spiegel.
      let s = 0;
      const written = words.map((t) => t.text).join(' ');
      // Not when the slot itself is an MT artifact (German word order, a source article left
      // over): English media names do not stand there.
      const artifactSlot = afterSpeaker || (!!prev && SOURCE_ARTICLES[v.lang]!.has(prev.text) && spaceOnly(v.text, prev.end, first.start));
      if (!artifactSlot && (kb.nativeForms.get(written) ?? []).some((o) => o.lang === v.lang)) {
        if (org.kind === 'party') return undefined;
        s -= 2;
      }
      if (org.kind === 'media') {
        if (caps) {
          s += Math.min(2, caps);
          evidence.push(msg('name-translation.literal.ev.capitalised'));
        } else s -= 1;
      } else {
        // A party's name written in lower case: the name taken for words.
        if (words.length < 2) return undefined;
        if (lower) {
          s += 2;
          evidence.push(msg('name-translation.literal.ev.lowercase'));
        }
      }
      if (glossed >= 2) s += 1;
      let start = first.start;
      const before = v.text.slice(Math.max(0, first.start - 40), first.start);
      if (prev && SOURCE_ARTICLES[v.lang]!.has(prev.text) && spaceOnly(v.text, prev.end, first.start) && !isWordOf(prev.lower, v.lang)) {
        s += 2;
        start = prev.start;
        evidence.push(msg('name-translation.literal.ev.source-article', { article: prev.text }));
      } else if (afterSpeaker) {
        s += 2;
        evidence.push(msg('name-translation.literal.ev.after-speaker', { speaker: prev!.text }));
      } else if (org.kind === 'media' && MEDIA_CUES[v.lang]!.test(before)) {
        s += 2;
        evidence.push(msg('name-translation.literal.ev.cue', { cue: before.trim().split(/\s+/u).slice(-2).join(' ') }));
      }
      if (org.kind === 'media') {
        // "the newspaper X", "le quotidien X": the noun before names the medium that follows. After
        // it ("Time magazine") it is how a name of the document's language is cited: against.
        const before2 = [toks[from - 1], toks[from - 2]].filter((t): t is Token => !!t);
        if (before2.some((t) => MEDIA_NOUNS.has(t.lower))) {
          s += 2;
          evidence.push(msg('name-translation.literal.ev.media-noun'));
        } else if (next && MEDIA_NOUNS.has(next.lower) && spaceOnly(v.text, last.end, next.start)) s -= 1;
      }
      if (v.text.includes(org.native)) {
        s += 2;
        evidence.push(msg('name-translation.literal.ev.native', { name: org.native }));
      }
      // The country (at most +2) is looked up only when it can still make the threshold: most
      // candidates are ordinary words ("the world") far below it.
      const about = s + 2 >= threshold ? (countries().get(org.country) ?? 0) : 0;
      if (about) {
        // A medium is named wherever its country is; a party's words need its politics discussed.
        s += org.kind === 'party' ? about : 1;
        evidence.push(msg('name-translation.literal.ev.country', { country: kb.countryName.get(org.country) ?? org.country }));
      }
      // The document's own article before a name that carries one ("the World" for Die Welt) is
      // part of what the native name replaces.
      if (start === first.start && prev && /^(?:the|le|la|les|l)$/u.test(prev.lower) && /^(?:die|der|das|el|la|los|las|il|lo|le|les)\s/iu.test(org.native))
        start = prev.start;
      return { v, org, start, end: last.end, form, score: s, evidence };
    }
  },
};

/** A letter (ASCII, or any code unit above Latin-1 punctuation: accented and other scripts). */
const isLetter = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c >= 0xc0;
const initialWord = (v: DocView, t: Token): boolean => /(?:^|[.!?:\n]\s*)$/u.test(v.text.slice(Math.max(0, t.start - 3), t.start));

const NATIVE_ARTICLE = /^(?:die|der|das|el|la|los|las|il|lo|le|les)\s+/iu;
/**
 * The native name; without its article when the span has none ("said X World." → "Welt": the
 * article belonged to the sentence, "der Welt"), the full name then second.
 */
function suggestionsFor(c: Candidate): string[] {
  const n = c.org.native;
  const spanHasArticle =
    /^\p{L}+[ \u00a0]/u.test(c.v.text.slice(c.start, c.end)) &&
    c.start < c.end &&
    c.form.split(' ').length < c.v.text.slice(c.start, c.end).split(/[ \u00a0]+/u).length;
  return NATIVE_ARTICLE.test(n) && !spanHasArticle ? [n.replace(NATIVE_ARTICLE, ''), n] : [n];
}

/**
 * The org's rendering matched around token i: every content word of the name by one of its
 * alternatives, in any order (French puts adjectives after), within a window as long as the
 * rendering plus one function word. Returns the token range and how many words were glossed.
 */
function matchAt(v: DocView, keys: string[], i: number, org: OrgEntry): { from: number; to: number; glossed: number } | undefined {
  const words = org.renderings[v.lang as 'en' | 'fr'];
  if (!words) return undefined;
  // One word (most media names): the token itself, when it is one of that word's renderings.
  if (words.length === 1) {
    const a = words[0]!.find((alt) => !alt[0]!.startsWith('=') && alt.every((k, n) => keys[i + n] === k));
    if (!a) return undefined;
    // Consecutive words only ("daily mirror"), as the keys say.
    for (let j = i; j < i + a.length - 1; j++) if (!/^[ \u00a0]+$/u.test(v.text.slice(v.tokens[j]!.end, v.tokens[j + 1]!.start))) return undefined;
    return { from: i, to: i + a.length - 1, glossed: 1 };
  }
  const need = words.length;
  const lo = Math.max(0, i - need * 2);
  const hi = Math.min(keys.length - 1, i + need * 2);
  const used = new Set<number>();
  let glossed = 0;
  for (const alts of words) {
    let hit = -1;
    for (const alt of alts) {
      const literal = alt[0]!.startsWith('=');
      for (let j = lo; j <= hi - alt.length + 1 && hit < 0; j++) {
        if (used.has(j)) continue;
        if (
          literal
            ? keys[j] === alt[0]!.slice(1) || (keys[j] === '' && v.tokens[j]!.lower === alt[0]!.slice(1))
            : keys[j] === alt[0] && alt.every((k, n) => keys[j + n] === k)
        ) {
          hit = j;
          for (let n = 0; n < alt.length; n++) used.add(j + n);
          if (!literal) glossed++;
        }
      }
      if (hit >= 0) break;
    }
    if (hit < 0) return undefined;
  }
  if (!glossed) return undefined;
  const from = Math.min(...used);
  const to = Math.max(...used);
  // Contiguous but for at most one function word between ("Electeurs de libres" is not asked for).
  const gaps = to - from + 1 - used.size;
  if (gaps > 1) return undefined;
  for (let j = from; j <= to; j++) {
    if (used.has(j)) continue;
    if (!(FUNCTION_WORDS[v.lang] ?? new Set<string>()).has(v.tokens[j]!.lower)) return undefined;
  }
  for (let j = from; j < to; j++) if (!/^[ \u00a0]+$/u.test(v.text.slice(v.tokens[j]!.end, v.tokens[j + 1]!.start))) return undefined;
  return { from, to, glossed };
}
