// Two words glued together by the MT pipeline ("concilianteaffirmant"): an unknown word that
// splits into two dictionary words. Needs the dictionary.
import { msg } from '../messages/ref.js';
import type { Rule } from '../rule.js';
import { correctAsVariant } from '../util/spelling-variants.js';
import { isUpperInitial } from '../util/text.js';

export const gluedWordsRule: Rule = {
  id: 'spacing.glued-words',
  category: 'spacing',
  severity: 'warning',
  scope: 'doc',
  inputs: ['text', 'corpus'],
  defaults: { minPart: 4, minLength: 9 },
  run(env, view) {
    const spell = env.model.spell;
    if (!view || !spell || !spell.languages().includes(view.lang)) return;
    const minPart = env.opt<number>('minPart');
    const minLength = env.opt<number>('minLength');
    const vocab = env.model.lowerVocab.get(view.lang);
    for (const t of view.tokens) {
      const w = t.text;
      if (w.length < minLength || isUpperInitial(w) || !/^\p{Ll}+$/u.test(w)) continue;
      if (spell.correct(w, view.lang) || (vocab?.get(w) ?? 0) > 1 || correctAsVariant(w, view.lang, spell.correct)) continue;
      let best: [string, string] | undefined;
      let bestScore = 0;
      for (let k = minPart; k <= w.length - minPart; k++) {
        const a = w.slice(0, k);
        const b = w.slice(k);
        if (!spell.has(a, view.lang) || !spell.has(b, view.lang)) continue;
        const score = Math.min(a.length, b.length);
        if (score > bestScore) {
          best = [a, b];
          bestScore = score;
        }
      }
      if (!best) continue;
      env.emit(view, {
        start: t.start,
        end: t.end,
        suggestions: [`${best[0]} ${best[1]}`, `${best[0]}, ${best[1]}`],
        message: msg('spacing.glued-words', { word: w, a: best[0], b: best[1] }),
      });
    }
  },
};
