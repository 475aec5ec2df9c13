// A phrase repeated back to back ("the rules of the rules of"), or a short sentence that only
// repeats the end of the previous one ("aux États-Unis. États-Unis.").
import { msg } from '../messages/ref.js';
import type { Rule } from '../rule.js';

export const repeatedPhraseRule: Rule = {
  id: 'repetition.phrase',
  category: 'repetition',
  severity: 'warning',
  scope: 'doc',
  inputs: ['text'],
  defaults: { maxWords: 6 },
  run(env, view) {
    if (!view) return;
    const { tokens, text } = view;
    const maxK = env.opt<number>('maxWords');
    for (let i = 0; i < tokens.length; i++) {
      for (let k = maxK; k >= 1; k--) {
        if (i + 2 * k > tokens.length) continue;
        let same = true;
        for (let j = 0; j < k && same; j++) same = tokens[i + j]!.lower === tokens[i + k + j]!.lower;
        if (!same) continue;
        // Within each copy only spaces/hyphens; between copies either spaces or a sentence end.
        let inner = true;
        for (let j = 0; j + 1 < k && inner; j++)
          inner =
            /^[\s,'’-]*$/u.test(text.slice(tokens[i + j]!.end, tokens[i + j + 1]!.start)) &&
            /^[\s,'’-]*$/u.test(text.slice(tokens[i + k + j]!.end, tokens[i + k + j + 1]!.start));
        if (!inner) continue;
        const firstEnd = tokens[i + k - 1]!.end;
        const second = tokens[i + k]!;
        const secondEnd = tokens[i + 2 * k - 1]!.end;
        const gap = text.slice(firstEnd, second.start);
        const tail = text.slice(secondEnd, secondEnd + 1);
        const sentenceCopy =
          /^[.!?]\s+$/u.test(gap) && /^[.!?]$/u.test(tail) && (i === 0 || !/[.!?]\s*$/u.test(text.slice(tokens[i - 1]!.end, tokens[i]!.start)) || k > 1);
        const adjacent = k > 1 && /^[ \t]+$/u.test(gap);
        if (!sentenceCopy && !adjacent) continue;
        const end = sentenceCopy ? secondEnd + 1 : secondEnd;
        env.emit(view, {
          start: tokens[i]!.start,
          end,
          suggestions: [text.slice(tokens[i]!.start, sentenceCopy ? firstEnd + 1 : firstEnd)],
          message: msg('repetition.phrase', { words: text.slice(second.start, secondEnd) }),
        });
        i += 2 * k - 1;
        break;
      }
    }
  },
};
