// English indefinite article: "a" before a vowel sound, "an" before a consonant sound. Only the
// clear cases: words whose spelling gives the sound away (no u-/eu-/one-/h- words).
import { msg } from '../messages/ref.js';
import type { Rule } from '../rule.js';
import { spacedPairs } from '../util/text.js';

const VOWEL_SOUND = /^[aeio][a-z]/u;
const CONSONANT_SOUND = /^[bcdfgjklmnpqrstvwxz][a-z]/u;
const EXCEPT_A = /^(?:one|once|eu|ewe|oui)/u;

export const englishArticleRule: Rule = {
  id: 'grammar.en-article',
  category: 'grammar',
  severity: 'warning',
  languages: ['en'],
  scope: 'doc',
  inputs: ['text'],
  run(env, view) {
    if (!view) return;
    for (const { a, b } of spacedPairs(view.tokens, view.text)) {
      if ((a.lower !== 'a' && a.lower !== 'an') || !/^\p{Ll}/u.test(b.text)) continue;
      let fix: string | undefined;
      if (a.lower === 'a' && VOWEL_SOUND.test(b.lower) && !EXCEPT_A.test(b.lower)) fix = a.text === 'A' ? 'An' : 'an';
      else if (a.lower === 'an' && CONSONANT_SOUND.test(b.lower)) fix = a.text === 'An' ? 'A' : 'a';
      if (!fix) continue;
      env.emit(view, {
        start: a.start,
        end: b.end,
        suggestions: [`${fix} ${b.text}`],
        message: msg('grammar.en-article', { fix, word: b.text }),
      });
    }
  },
};
