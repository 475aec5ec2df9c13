// Doubled words ("the the") and two determiners in a row ("un une") — classic MT/edit debris.
import { msg } from '../messages/ref.js';
import type { Rule } from '../rule.js';
import { DETERMINERS, LEGIT_DOUBLES } from '../util/lexicon.js';

// Demonstratives double as conjunctions/pronouns ("that the", "les leurs"): not determiner pairs.
const NOT_PAIRED = new Set(['that', 'this', 'these', 'those', 'leur', 'leurs']);
const ELIDED_ARTICLE = /^l[’'][\p{L}]{3,}/u;

export const doubledWordsRule: Rule = {
  id: 'repetition.doubled-word',
  category: 'repetition',
  severity: 'warning',
  scope: 'doc',
  inputs: ['text'],
  run(env, view) {
    if (!view) return;
    const { tokens, text } = view;
    const legit = LEGIT_DOUBLES[view.lang] ?? new Set<string>();
    const dets = DETERMINERS[view.lang] ?? new Set<string>();
    for (let i = 0; i + 1 < tokens.length; i++) {
      const a = tokens[i]!;
      const b = tokens[i + 1]!;
      // A French determiner or pronoun right before l’ ("dans le l’administration"): never grammatical.
      const elided = view.lang === 'fr' && ELIDED_ARTICLE.test(b.lower);
      if (elided && dets.has(a.lower) && !NOT_PAIRED.has(a.lower) && /^[ \t\u00a0]+$/u.test(text.slice(a.end, b.start))) {
        env.emit(view, {
          start: a.start,
          end: b.end,
          suggestions: [b.text],
          safe: false,
          message: msg('repetition.doubled-word.determiners', { words: `${a.text} ${b.text}` }),
        });
        continue;
      }
      if (a.id !== b.id && !(dets.has(a.lower) && dets.has(b.lower))) continue; // ids: interned lowercase forms
      if (!/^[ \t\u00a0]+$/u.test(text.slice(a.end, b.start))) continue;
      if (a.lower === b.lower && !legit.has(a.lower) && !/\p{N}/u.test(a.lower)) {
        env.emit(view, {
          start: a.start,
          end: b.end,
          suggestions: [a.text],
          // Capitalised doubles may be names ("Walla Walla", "Sirhan Sirhan"): an editor decides.
          ...(/^\p{Lu}/u.test(a.text) ? { safe: false } : {}),
          message: msg('repetition.doubled-word', { words: `${a.text} ${b.text}` }),
        });
      } else if (a.lower !== b.lower && dets.has(a.lower) && dets.has(b.lower) && !NOT_PAIRED.has(a.lower) && !NOT_PAIRED.has(b.lower)) {
        env.emit(view, {
          start: a.start,
          end: b.end,
          suggestions: [b.text, a.text],
          message: msg('repetition.doubled-word.determiners', { words: `${a.text} ${b.text}` }),
        });
      }
    }
  },
};
