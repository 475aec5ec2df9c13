// Words left in another language inside a sentence ("était essentially un", "Lorsque asked"):
// lowercase words that the other language's dictionary has and the document's does not, and that
// the corpus does not use as ordinary words of the document's language. Short runs only; whole
// paragraphs are language.foreign-segment's.
import { msg } from '../messages/ref.js';
import type { Rule } from '../rule.js';
import { correctAsVariant } from '../util/spelling-variants.js';
import { isCountry, isGivenName, isSurname } from '../names/kb.js';

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
    const seen = env.model.memo(`foreign-words:${view.lang}`, () => new Map<string, string | undefined>());
    const foreignOf = (w: string): string | undefined => {
      if (seen.has(w)) return seen.get(w);
      const r = judge(w);
      seen.set(w, r);
      return r;
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
      const inP = toks.slice(from, k);
      const lower = inP.filter((t) => t.text.charCodeAt(0) === t.lower.charCodeAt(0) && !/^\p{N}/u.test(t.text));
      if (lower.length && lower.filter((t) => foreignOf(t.text)).length * 2 >= lower.length) for (const t of inP) passage.add(t.index);
    }
    // A capitalised word inside a sentence that is an ordinary word of the other language only
    // ("le mot « Sorrow » est", "la CDU et Farmers"), neither a name of the corpus nor of the names base.
    const isSpaced = (a: number, b: number) => /^[ \u00a0]+$/u.test(view.text.slice(a, b));
    const capitalForeign = (i: number): string | undefined => {
      const t = toks[i]!;
      if (t.text.length < 4 || t.text.charCodeAt(0) === t.lower.charCodeAt(0) || !/^\p{Lu}\p{Ll}+$/u.test(t.text) || env.model.isSentenceInitial(view, t))
        return undefined;
      const prev = toks[i - 1];
      const next = toks[i + 1];
      if ((prev && /^\p{Lu}/u.test(prev.text) && isSpaced(prev.end, t.start)) || (next && /^\p{Lu}/u.test(next.text) && isSpaced(t.end, next.start)))
        return undefined;
      if (spell.correct(t.text, view.lang) || spell.correct(t.lower, view.lang) || correctAsVariant(t.lower, view.lang, spell.correct)) return undefined;
      if (env.model.isKnownName(t.text) || isGivenName(t.text) || isSurname(t.text) || isCountry(t.text)) return undefined;
      if ((env.model.capitalised.get(t.lower) ?? 0) > 2) return undefined;
      return others.find((l) => spell.has(t.lower, l) && !spell.has(t.text, l));
    };
    for (let i = 0; i < toks.length; i++) {
      if (passage.has(i)) continue;
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
