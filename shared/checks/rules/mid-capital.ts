// A capitalised grammar word in the middle of a sentence ("near Hanover, The new minister…",
// "; In the polls", "angrily To its partners"): a capital MT carried over from a line or sentence
// start. Only grammar words (articles, pronouns, prepositions) are judged, and only when the next
// word is not capitalised: "The Hague", "Le Monde", "Le Pen", "La France insoumise" are names.
// After a speech verb the capital opens a quotation (typography.direct-speech).
import { msg } from '../messages/ref.js';
import type { Rule } from '../rule.js';
import { FUNCTION_WORDS } from '../util/lexicon.js';

// Grammar words that are also month names: capitalised, they are the month ("in May").
const MONTHS = new Set(['may']);

export const midCapitalRule: Rule = {
  id: 'spelling.mid-capital',
  category: 'spelling',
  severity: 'warning',
  scope: 'doc',
  inputs: ['text'],
  languages: ['en', 'fr'],
  run(env, view) {
    if (!view) return;
    const fw = FUNCTION_WORDS[view.lang] ?? new Set<string>();
    const { speakerFirst, verbFirst } = env.model.data.speechVerbs;
    const verbs = new Set([...(speakerFirst[view.lang] ?? []), ...(verbFirst[view.lang] ?? [])].filter((v) => !v.includes(' ')));
    const { tokens: t, text } = view;
    for (let i = 1; i < t.length; i++) {
      const w = t[i]!;
      // Cheapest tests first: a grammar word, capitalised (first letter differs from its lowercase).
      if (!fw.has(w.lower) || w.text.charCodeAt(0) === w.lower.charCodeAt(0) || MONTHS.has(w.lower) || !/^\p{Lu}\p{Ll}+$/u.test(w.text)) continue;
      const next = t[i + 1];
      if (next && /^\p{Lu}/u.test(next.text) && /^[ \u00a0]+$/u.test(text.slice(w.end, next.start))) continue;
      const prev = t[i - 1]!;
      const gap = text.slice(prev.end, w.start);
      // After a comma, semicolon or ellipsis, or right after a lowercase word: mid-sentence.
      const afterMark = /^[,;…][ \u00a0]+$/u.test(gap);
      const afterWord = /^[ \u00a0]+$/u.test(gap) && /^\p{Ll}/u.test(prev.text);
      if (!afterMark && !afterWord) continue;
      if (afterMark && verbs.has(prev.lower)) continue;
      env.emit(view, {
        start: w.start,
        end: next && /^[ \u00a0]+$/u.test(text.slice(w.end, next.start)) ? next.end : w.end,
        suggestions: [w.lower + (next && /^[ \u00a0]+$/u.test(text.slice(w.end, next.start)) ? text.slice(w.end, next.end) : '')],
        safe: false,
        message: msg('spelling.mid-capital', { word: w.text }),
      });
    }
  },
};
