// Direct speech whose quotation marks were lost: a speech verb, a comma, then a capitalised
// pronoun or determiner opening the quoted words ("he said, I could not…", "et je dis, Les
// gars…"). A capital after a comma inside a sentence is the quotation's own; names there ("said,
// Germany…") are not judged. Where the quotation ends is the editor's call: never a safe fix.
import { msg } from '../messages/ref.js';
import type { Rule } from '../rule.js';
import { FUNCTION_WORDS } from '../util/lexicon.js';

const cache = new Map<string, RegExp>();

function pattern(verbs: string[], lang: string): RegExp | undefined {
  const key = `${lang}\u0000${verbs.join('|')}`;
  let re = cache.get(key);
  if (re) return re;
  const words = [...(FUNCTION_WORDS[lang] ?? [])].filter((w) => w.length > 1 || w === 'i').map((w) => (w === 'i' ? 'I' : w[0]!.toUpperCase() + w.slice(1)));
  if (!verbs.length || !words.length) return undefined;
  const v = [...verbs].sort((a, b) => b.length - a.length).map((x) => x.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&').replace(/ /gu, '[ \\u00a0]+'));
  const w = words.sort((a, b) => b.length - a.length).map((x) => x.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&'));
  re = new RegExp(`(?<![\\p{L}])(?<verb>${v.join('|')}),[ \\u00a0]+(?<word>${w.join('|')})(?![\\p{L}’'])`, 'gu');
  cache.set(key, re);
  return re;
}

export const directSpeechRule: Rule = {
  id: 'typography.direct-speech',
  category: 'typography',
  severity: 'warning',
  scope: 'doc',
  inputs: ['text'],
  languages: ['en', 'fr'],
  run(env, view) {
    if (!view) return;
    const { speakerFirst, verbFirst } = env.model.data.speechVerbs;
    const verbs = [...new Set([...(speakerFirst[view.lang] ?? []), ...(verbFirst[view.lang] ?? [])])].filter((x) => !/^(?:according to|selon)$/u.test(x));
    const re = pattern(verbs, view.lang);
    if (!re) return;
    const { text } = view;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const end = m.index + m[0].length;
      // Quoted already: a mark right before the verb's clause ends or in the words that follow.
      const lineEnd = text.indexOf('\n', end);
      const rest = text.slice(end, lineEnd < 0 ? text.length : lineEnd);
      if (/[«»“”"]/u.test(rest.slice(0, 200)) || /[«“"]\s*$/u.test(text.slice(Math.max(0, m.index - 2), m.index))) continue;
      const verb = m.groups!['verb']!;
      const word = m.groups!['word']!;
      env.emit(view, {
        start: m.index,
        end,
        suggestions: [view.lang === 'fr' ? `${verb}\u00a0: «\u00a0${word}` : `${verb}, “${word}`],
        safe: false,
        message: msg('typography.direct-speech', { verb }),
      });
    }
  },
};
