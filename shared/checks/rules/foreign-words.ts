// Words left in another language inside a sentence ("était essentially un", "Lorsque asked"):
// lowercase words that the other language's dictionary has and the document's does not, and that
// the corpus does not use as ordinary words of the document's language. Short runs only; whole
// paragraphs are language.foreign-segment's.
import { msg } from '../messages/ref.js';
import type { Rule } from '../rule.js';
import { correctAsVariant } from '../util/spelling-variants.js';
import { isCountry, isGivenName, isSurname } from '../names/kb.js';
import { exonymsOf } from '../util/exonyms.js';

// Shortest word judged (letters) and longest run reported (words): longer runs are passages.
const MIN_LENGTH = 4;
const MAX_RUN = 4;

export const foreignWordsRule: Rule = {
  id: 'language.foreign-words',
  category: 'language',
  severity: 'warning',
  scope: 'doc',
  inputs: ['text', 'corpus'],
  languages: ['en', 'fr'],
  run(env, view) {
    const spell = env.model.spell;
    if (!view || !spell) return;
    const langs = spell.languages();
    if (!langs.includes(view.lang)) return;
    const others = langs.filter((l) => l !== view.lang);
    const minLength = MIN_LENGTH;
    const maxRun = MAX_RUN;
    const vocab = env.model.lowerVocab.get(view.lang);
    // Per-run cache per language: the same words recur in every document. The corpus counts it
    // reads (vocab, capitalised) are fixed for the run.
    // '' = judged, not foreign (one lookup per token: this runs over every token of the corpus).
    const seen = env.model.memo(`foreign-words:${view.lang}`, () => new Map<string, string>());
    const foreignOf = (w: string): string | undefined => {
      let r = seen.get(w);
      if (r === undefined) seen.set(w, (r = judge(w) ?? ''));
      return r || undefined;
    };
    const judge = (w: string): string | undefined => {
      if (!/^\p{Ll}[\p{Ll}]+$/u.test(w) || w.length < minLength) return undefined;
      if (spell.correct(w, view.lang) || correctAsVariant(w, view.lang, spell.correct)) return undefined;
      if (/^(?:https?|www|html?|php)$/u.test(w)) return undefined;
      // Used again and again in the corpus's own language: a loanword of the corpus, not a slip.
      if ((vocab?.get(w) ?? 0) >= 3) return undefined;
      // Seen capitalised as a name in the corpus, or frequent in the corpus: not a stray word.
      if ((env.model.capitalised.get(w) ?? 0) > 0) return undefined;
      return others.find((l) => spell.has(w, l));
    };
    const toks = view.tokens;
    // Paragraphs mostly in the other language are passages: language.foreign-segment reports them.
    const passage = new Set<number>();
    let k = 0;
    for (const p of view.paragraphs) {
      while (k < toks.length && toks[k]!.start < p.start) k++;
      const from = k;
      while (k < toks.length && toks[k]!.end <= p.end) k++;
      // Counted in place (no arrays per paragraph: this runs over every token of the corpus).
      let lowerN = 0;
      let foreignN = 0;
      for (let q = from; q < k; q++) {
        const t = toks[q]!;
        const c = t.text.charCodeAt(0);
        if (c !== t.lower.charCodeAt(0) || (c >= 48 && c <= 57)) continue;
        lowerN++;
        if (foreignOf(t.text)) foreignN++;
      }
      if (lowerN && foreignN * 2 >= lowerN) for (let q = from; q < k; q++) passage.add(toks[q]!.index);
    }
    // A capitalised word inside a sentence that is an ordinary word of the other language only
    // ("le mot « Sorrow » est", "la CDU et Farmers"), neither a name of the corpus nor of the names base.
    const isSpaced = (a: number, b: number) => {
      if (b <= a) return false;
      for (let q = a; q < b; q++) {
        const c = view.text.charCodeAt(q);
        if (c !== 32 && c !== 0xa0) return false;
      }
      return true;
    };
    const capitalForeign = (i: number): string | undefined => {
      const t = toks[i]!;
      if (t.text.length < 4 || t.text.charCodeAt(0) === t.lower.charCodeAt(0) || !/^\p{Lu}\p{Ll}+$/u.test(t.text) || env.model.isSentenceInitial(view, t))
        return undefined;
      const prev = toks[i - 1];
      const next = toks[i + 1];
      if ((prev && /^\p{Lu}/u.test(prev.text) && isSpaced(prev.end, t.start)) || (next && /^\p{Lu}/u.test(next.text) && isSpaced(t.end, next.start)))
        return undefined;
      // The end of a longer name joined by "of" ("School of Economics", "Bank of England").
      const prev2 = toks[i - 2];
      if (prev && prev2 && /^(?:of|for|and|on|de|du|des)$/u.test(prev.text) && /^\p{Lu}/u.test(prev2.text) && isSpaced(prev2.end, prev.start)) return undefined;
      if (spell.correct(t.text, view.lang) || spell.correct(t.lower, view.lang) || correctAsVariant(t.lower, view.lang, spell.correct)) return undefined;
      if (env.model.isKnownName(t.text) || isGivenName(t.text) || isSurname(t.text) || isCountry(t.text)) return undefined;
      if ((env.model.capitalised.get(t.lower) ?? 0) > 2) return undefined;
      return others.find((l) => spell.has(t.lower, l) && !spell.has(t.text, l));
    };
    // A run of capitalised words holding a place name of the other language that the document's
    // language writes otherwise ("de Lower Saxony", "in Bavière"): an exonym left untranslated.
    // The other language's dictionary lists the name capitalised only, the document's does not
    // know it, the lexicon gives the document's language another form; no word of the run is a
    // given name or surname of the names base.
    const exonymSeen = env.model.memo(`foreign-words:exonym:${view.lang}`, () => new Map<string, string | undefined>());
    const properForeign = (t: (typeof toks)[number]): string | undefined => {
      if (t.text.length < 4 || t.text.charCodeAt(0) === t.lower.charCodeAt(0)) return undefined;
      if (exonymSeen.has(t.text)) return exonymSeen.get(t.text);
      const r = judgeExonym(t);
      exonymSeen.set(t.text, r);
      return r;
    };
    const judgeExonym = (t: (typeof toks)[number]): string | undefined => {
      if (!/^\p{Lu}\p{Ll}+$/u.test(t.text)) return undefined;
      // Place names are names: the corpus's name evidence (a title before "de Lower Saxony") does not clear them.
      if (spell.correct(t.text, view.lang) || isGivenName(t.text) || isSurname(t.text) || isCountry(t.text)) return undefined;
      // The lexicon gives the document's language another form of it: an exonym, not a name
      // both languages write alike (a dictionary lacking "Bogota" proves nothing).
      return others.find((l) => spell.has(t.text, l) && !spell.has(t.lower, l) && exonymsOf(t.lower, l) !== undefined);
    };
    const runForeign = (t: (typeof toks)[number]) => /^\p{Lu}/u.test(t.text) && !spell.correct(t.text, view.lang) && !isGivenName(t.text) && !isSurname(t.text);
    const exonymAt = new Map<number, { end: number; lang: string }>();
    for (let i = 0; i < toks.length; i++) {
      const lang = properForeign(toks[i]!);
      if (!lang) continue;
      let s = i;
      let e = i;
      while (s > 0 && isSpaced(toks[s - 1]!.end, toks[s]!.start) && runForeign(toks[s - 1]!) && !env.model.isSentenceInitial(view, toks[s]!)) s--;
      while (e + 1 < toks.length && isSpaced(toks[e]!.end, toks[e + 1]!.start) && runForeign(toks[e + 1]!)) e++;
      // A sentence-initial run is judged like any other; one inside a longer name is not.
      const before = toks[s - 1];
      const after = toks[e + 1];
      if (
        (before && /^\p{Lu}/u.test(before.text) && isSpaced(before.end, toks[s]!.start)) ||
        (after && /^\p{Lu}/u.test(after.text) && isSpaced(toks[e]!.end, after.start))
      )
        continue;
      exonymAt.set(s, { end: e, lang });
      i = e;
    }
    for (let i = 0; i < toks.length; i++) {
      if (passage.has(i)) continue;
      const ex = exonymAt.get(i);
      if (ex) {
        const form = view.text.slice(toks[i]!.start, toks[ex.end]!.end);
        const own = i === ex.end ? exonymsOf(toks[i]!.lower, ex.lang) : undefined;
        env.emit(view, {
          start: toks[i]!.start,
          end: toks[ex.end]!.end,
          ...(own ? { suggestions: own.slice(0, 2).map((f) => f[0]!.toUpperCase() + f.slice(1)) } : {}),
          message: msg('language.foreign-words', { form, lang: ex.lang, doc: view.lang }),
          evidence: [msg('language.foreign-words.ev.dictionary', { lang: ex.lang, doc: view.lang })],
        });
        i = ex.end;
        continue;
      }
      const capLang = capitalForeign(i);
      if (capLang) {
        env.emit(view, {
          start: toks[i]!.start,
          end: toks[i]!.end,
          message: msg('language.foreign-words', { form: toks[i]!.text, lang: capLang, doc: view.lang }),
          evidence: [msg('language.foreign-words.ev.dictionary', { lang: capLang, doc: view.lang })],
        });
        continue;
      }
      const lang = foreignOf(toks[i]!.text);
      if (!lang) continue;
      let j = i;
      while (j + 1 < toks.length && /^[ \u00a0]+$/u.test(view.text.slice(toks[j]!.end, toks[j + 1]!.start)) && foreignOf(toks[j + 1]!.text) === lang) j++;
      // A long run is a passage: left to the passage check.
      if (j - i + 1 <= maxRun) {
        const form = view.text.slice(toks[i]!.start, toks[j]!.end);
        env.emit(view, {
          start: toks[i]!.start,
          end: toks[j]!.end,
          message: msg('language.foreign-words', { form, lang, doc: view.lang }),
          evidence: [msg('language.foreign-words.ev.dictionary', { lang, doc: view.lang })],
        });
      }
      i = j;
    }
  },
};
