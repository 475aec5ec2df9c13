// French elision and contraction: "que une" → "qu’une", "de le" → "du", "à les" → "aux".
// High precision only: h-initial words (aspirated h) and "la une" (front page) are left alone,
// and "de le"/"à le" before an infinitive (le = pronoun: "de le faire") is grammatical.
import { msg } from '../messages/ref.js';
import type { Rule } from '../rule.js';
import { matchInitialCase, oneSpaceApart, spacedPairs } from '../util/text.js';

const VOWEL = /^[aeiouéèêëàâîïôöûùüœæ]/iu;
const NO_ELISION = new Set(['onze', 'onzième', 'oui', 'ouate', 'uhlan', 'ululement', 'yacht']);
const ELIDES: Record<string, string> = {
  que: 'qu’',
  de: 'd’',
  le: 'l’',
  la: 'l’',
  ne: 'n’',
  se: 's’',
  je: 'j’',
  me: 'm’',
  te: 't’',
  lorsque: 'lorsqu’',
  puisque: 'puisqu’',
  jusque: 'jusqu’',
};
const CONTRACT: Record<string, string> = { 'de le': 'du', 'de les': 'des', 'à le': 'au', 'à les': 'aux' };
const STARTS = new Set([...Object.keys(ELIDES), ...Object.keys(CONTRACT).map((k) => k.split(' ')[0]!)]);
const INFINITIVE = /(?:er|ir|re|oir)$/u;

export const frenchElisionRule: Rule = {
  id: 'grammar.fr-elision',
  category: 'grammar',
  severity: 'warning',
  languages: ['fr'],
  scope: 'doc',
  inputs: ['text'],
  run(env, view) {
    if (!view) return;
    const { text } = view;
    // Only these words start a pair; the gap must be one ordinary space.
    for (const { a, b, next: c } of spacedPairs(view.tokens, text)) {
      if (!STARTS.has(a.lower)) continue;
      const pair = `${a.lower} ${b.lower}`;
      const keepCase = (s: string) => matchInitialCase(a.text, s);
      if (CONTRACT[pair]) {
        if (b.lower === 'le' && c && INFINITIVE.test(c.lower)) continue;
        if (b.lower === 'les' && c && INFINITIVE.test(c.lower)) continue;
        env.emit(view, {
          start: a.start,
          end: b.end,
          suggestions: [keepCase(CONTRACT[pair]!)],
          message: msg('grammar.fr-elision.contraction', { pair: `${a.text} ${b.text}`, fix: CONTRACT[pair]! }),
        });
        continue;
      }
      const el = ELIDES[a.lower];
      // Proper names keep their particle ("de Oliveira"); only lowercase words are judged.
      if (!el || !VOWEL.test(b.text) || !/^\p{Ll}/u.test(b.text) || NO_ELISION.has(b.lower)) continue;
      // "la une" / "le un" are nouns (front page, number one).
      if ((a.lower === 'le' || a.lower === 'la') && (b.lower === 'une' || b.lower === 'un')) continue;
      const end = c && oneSpaceApart(text, b, c) ? c.end : b.end;
      env.emit(view, {
        start: a.start,
        end,
        suggestions: [keepCase(el) + text.slice(b.start, end)],
        message: msg('grammar.fr-elision.elision', { pair: `${a.text} ${b.text}`, fix: `${el}${b.text}` }),
      });
    }
  },
};
