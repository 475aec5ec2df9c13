// Direct speech whose quotation marks were lost: a speech verb, a comma, then a capitalised
// pronoun or determiner opening the quoted words ("he said, I could not…", "et je dis, Les
// gars…"). A capital after a comma inside a sentence is the quotation's own; names there ("said,
// Germany…") are not judged. Where the quotation ends is the editor's call: never a safe fix.
import { msg } from '../messages/ref.js';
import type { Rule } from '../rule.js';
import { FUNCTION_WORDS } from '../util/lexicon.js';

// Cue first: ", Capital" is rare in prose; only there is the verb before the comma looked at.
const CUE = /,[ \u00a0]+(\p{Lu}\p{Ll}*)(?![\p{L}’'])/gu;
const cache = new Map<string, { verbEnd: RegExp; words: Set<string> }>();

function patterns(verbs: string[], lang: string): { verbEnd: RegExp; words: Set<string> } | undefined {
  const key = `${lang}\u0000${verbs.join('|')}`;
  let p = cache.get(key);
  if (p) return p;
  const words = new Set(
    [...(FUNCTION_WORDS[lang] ?? [])].filter((w) => w.length > 1 || w === 'i').map((w) => (w === 'i' ? 'I' : w[0]!.toUpperCase() + w.slice(1))),
  );
  if (!verbs.length || !words.size) return undefined;
  const v = [...verbs].sort((a, b) => b.length - a.length).map((x) => x.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&').replace(/ /gu, '[ \\u00a0]+'));
  p = { verbEnd: new RegExp(`(?<![\\p{L}])(?:${v.join('|')})$`, 'u'), words };
  cache.set(key, p);
  return p;
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
    const p = patterns(verbs, view.lang);
    if (!p) return;
    const { text } = view;
    CUE.lastIndex = 0;
    for (let c = CUE.exec(text); c; c = CUE.exec(text)) {
      const word = c[1]!;
      if (!p.words.has(word)) continue;
      const head = text.slice(Math.max(0, c.index - 40), c.index);
      const vm = p.verbEnd.exec(head);
      if (!vm) continue;
      const start = c.index - head.length + vm.index;
      const end = c.index + c[0].length;
      // Quoted already: a mark right before the verb's clause ends or in the words that follow.
      const lineEnd = text.indexOf('\n', end);
      const rest = text.slice(end, lineEnd < 0 ? text.length : lineEnd);
      if (/[«»“”"]/u.test(rest.slice(0, 200)) || /[«“"]\s*$/u.test(text.slice(Math.max(0, start - 2), start))) continue;
      const verb = vm[0];
      env.emit(view, {
        start,
        end,
        suggestions: [view.lang === 'fr' ? `${verb}\u00a0: «\u00a0${word}` : `${verb}, “${word}`],
        safe: false,
        message: msg('typography.direct-speech', { verb }),
      });
    }
  },
};
