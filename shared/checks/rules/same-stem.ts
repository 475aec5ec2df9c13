// One verb said twice around its own complement ("a réussi à réussir", "decided to decide"): MT
// rendered the verb and its object or infinitive with the same word. Two forms of one word (a long
// shared beginning) joined by à / de / to. The same form twice ("pas à pas", "face to face") is an
// idiom, and "learning to learn" a set phrase: not judged.
import { msg } from '../messages/ref.js';
import type { Rule } from '../rule.js';
import { FUNCTION_WORDS } from '../util/lexicon.js';

const JOIN: Record<string, ReadonlySet<string>> = { fr: new Set(['à', 'de', 'd']), en: new Set(['to']) };
const MIN_STEM = 5;

export const sameStemRule: Rule = {
  id: 'repetition.same-stem',
  category: 'repetition',
  severity: 'warning',
  scope: 'doc',
  inputs: ['text'],
  languages: ['en', 'fr'],
  run(env, view) {
    if (!view) return;
    const join = JOIN[view.lang]!;
    const fw = FUNCTION_WORDS[view.lang] ?? new Set<string>();
    const t = view.tokens;
    for (let i = 0; i + 2 < t.length; i++) {
      const a = t[i]!;
      const j = t[i + 1]!;
      const b = t[i + 2]!;
      if (!join.has(j.lower) || a.lower === b.lower || fw.has(a.lower) || fw.has(b.lower)) continue;
      if (!/^\p{Ll}+$/u.test(a.text) || !/^\p{Ll}+$/u.test(b.text)) continue;
      let p = 0;
      while (p < a.lower.length && p < b.lower.length && a.lower[p] === b.lower[p]) p++;
      if (p < MIN_STEM || p < Math.min(a.lower.length, b.lower.length) - 3) continue;
      if (view.lang === 'en' && a.lower.endsWith('ing') && !b.lower.endsWith('ing')) continue;
      // Words only: nothing but spaces (and the elision) between them.
      if (!/^[ \u00a0]+$/u.test(view.text.slice(a.end, j.start)) || !/^[ \u00a0’']*$/u.test(view.text.slice(j.end, b.start))) continue;
      env.emit(view, {
        start: a.start,
        end: b.end,
        message: msg('repetition.same-stem', { form: view.text.slice(a.start, b.end) }),
      });
      i += 2;
    }
  },
};
