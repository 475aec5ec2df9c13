// A run of four or more words said twice within a few words ("que l'Ukraine est prête à faire que
// l'Ukraine est prête à accepter"): MT restarted the clause. Back-to-back copies are
// repetition.phrase's; this one allows one to three words between the copies.
import { msg } from '../messages/ref.js';
import type { Rule } from '../rule.js';
import { FUNCTION_WORDS } from '../util/lexicon.js';

// Shortest repeated run (words) and most words between the copies.
const MIN_WORDS = 4;
const MAX_GAP = 3;

export const nearRepeatRule: Rule = {
  id: 'repetition.near-phrase',
  category: 'repetition',
  severity: 'warning',
  scope: 'doc',
  inputs: ['text'],
  run(env, view) {
    if (!view) return;
    const { tokens, text } = view;
    const minK = MIN_WORDS;
    const maxGap = MAX_GAP;
    const fw = FUNCTION_WORDS[view.lang] ?? new Set<string>();
    const maxShift = 12 + maxGap;
    for (let i = 0; i < tokens.length; i++) {
      // A second copy starts with the same word minK+1 to maxShift words on: most words have none.
      const id = tokens[i]!.id;
      let any = false;
      for (let sh = minK + 1; sh <= maxShift && i + sh < tokens.length && !any; sh++) any = tokens[i + sh]!.id === id;
      if (!any) continue;
      for (let gap = 1; gap <= maxGap; gap++) {
        const shift = findShift(i, gap);
        if (shift === 0) continue;
        const len = shift - gap;
        const words = tokens.slice(i, i + len);
        if (words.filter((t) => !fw.has(t.lower)).length < 2) continue;
        // One sentence: no sentence end between the copies.
        const s = tokens[i]!.start;
        const e = tokens[i + shift + len - 1]!.end;
        if (/[.!?;\n]/u.test(text.slice(s, e))) continue;
        env.emit(view, { start: s, end: e, message: msg('repetition.near-phrase', { words: text.slice(s, tokens[i + len - 1]!.end) }) });
        i += shift + len - 1;
        break;
      }
    }

    /** The distance to a second copy of the run starting at i (run ≥ minK words, gap words between), or 0. */
    function findShift(i: number, gap: number): number {
      for (let len = Math.min(12, Math.floor((tokens.length - i - gap) / 2)); len >= minK; len--) {
        const shift = len + gap;
        let ok = true;
        for (let j = 0; j < len && ok; j++) ok = tokens[i + j]!.id === tokens[i + shift + j]!.id;
        if (ok) return shift;
      }
      return 0;
    }
  },
};
