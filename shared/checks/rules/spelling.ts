// Dictionary spelling. Names are not judged: capitalised words, words the corpus uses as names,
// glossary terms, words with digits, and words recurring in the corpus (jargon, not typos).
import { msg } from '../messages/ref.js';
import type { Rule } from '../rule.js';
import { cutLastWord } from '../util/excerpt.js';
import { correctAsVariant } from '../util/spelling-variants.js';
import { hasDigit, isUpperInitial, stripClitics } from '../util/text.js';

// Open word-formation prefixes (cyber-, bio-, out-…); other accepted spellings: util/spelling-variants.ts.
const PREFIXES =
  /^(?:cyber|bio|geo|eco|out|over|under|counter|non|anti|pre|post|micro|macro|multi|inter|intra|super|ultra|semi|mini|mega|hyper|neo|socio|narco|tech|crypto|re|co|sous|sur|contre|auto|néo|télé|ultra)/u;

function accepted(w: string, lang: string, correct: (w: string, l: string) => boolean): boolean {
  if (correctAsVariant(w, lang, correct)) return true;
  const m = PREFIXES.exec(w);
  if (m && (m[0] === w || (w.length - m[0].length >= 3 && correct(w.slice(m[0].length).replace(/^-/u, ''), lang)))) return true;
  return false;
}

export const spellingRule: Rule = {
  id: 'spelling.dictionary',
  category: 'spelling',
  severity: 'warning',
  scope: 'doc',
  inputs: ['text', 'corpus'],
  defaults: { maxCorpusCount: 1, minLength: 3 },
  run(env, view) {
    const spell = env.model.spell;
    if (!view || !spell || !spell.languages().includes(view.lang)) return;
    const maxCount = env.opt<number>('maxCorpusCount');
    const minLength = env.opt<number>('minLength');
    const vocab = env.model.lowerVocab.get(view.lang);
    const other = spell.languages().filter((l) => l !== view.lang);
    // The last word of an excerpt cut mid-word is no misspelling.
    const cut = cutLastWord(view.text);
    for (const t of view.tokens) {
      if (isUpperInitial(t.text) || (vocab?.get(t.lower) ?? 0) > maxCount || hasDigit(t.text)) continue;
      if (cut && t.start >= cut[0]) continue;
      // A file extension or domain ending glued to a name by a dot ("photo.png", "site.de").
      if (t.text.length <= 4 && view.text[t.start - 1] === '.' && /[\p{L}\p{N})]/u.test(view.text[t.start - 2] ?? '')) continue;
      const { core, offset } = stripClitics(t.text, view.lang);
      const parts = core.split(/[-‑]/u);
      let pos = t.start + offset;
      for (const w of parts) {
        const start = pos;
        pos += w.length + 1;
        if (w.length < minLength || isUpperInitial(w)) continue;
        const lw = w.toLowerCase();
        if ((vocab?.get(lw) ?? 0) > maxCount || env.model.capitalised.has(lw)) continue;
        if (spell.correct(w, view.lang) || accepted(lw, view.lang, spell.correct)) continue;
        // Foreign words inside the text belong to the language check, not spelling.
        if (other.some((l) => spell.correct(w, l))) continue;
        if (/^[’']|[’']$/u.test(w)) continue;
        const suggestions = spell.suggest(w, view.lang, 3);
        // A short word joined by a slash or in parentheses is usually a code (agency, unit,
        // party initials in a byline), which no dictionary lists.
        const code = w.length <= 3 && /[/()]/u.test((view.text[start - 1] ?? '') + (view.text[start + w.length] ?? ''));
        env.emit(view, {
          // Without a close dictionary word it is more likely jargon or a name than a typo.
          ...(suggestions.length && !code ? {} : { severity: 'info' as const }),
          start,
          end: start + w.length,
          suggestions,
          message: msg('spelling.dictionary', { word: w }),
        });
      }
    }
  },
};
