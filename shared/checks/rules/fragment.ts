// Sentence-break debris: a one- or two-word lowercase "sentence" left after a full stop
// ("if he wins the elections. november.", "on the other hand. cold »"). MT systems that split
// and re-join sentences strand a word this way.
import { msg } from '../messages/ref.js';
import type { Rule } from '../rule.js';

const ABBREV = new Set([
  'etc',
  'approx',
  'vs',
  'incl',
  'cf',
  'no',
  'fig',
  'pp',
  'ca',
  'env',
  'av',
  'apr',
  'jr',
  'sr',
  'st',
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'gen',
  'col',
  'lt',
  'sgt',
  'rev',
  'corp',
  'inc',
  'ltd',
  'co',
  'dept',
  'univ',
  'vol',
  'ed',
  'eds',
  'op',
  'cit',
  'ibid',
  'al',
]);
const FRAG =
  /(?<![\p{L}\p{N}])([\p{L}\p{N}]+)\.([ \t]+)(\p{Ll}[\p{L}’'\-]*)(?:([ \t]+)(\p{Ll}[\p{L}’'\-]*))?[ \t\u00a0]*([.!?]|[»”](?![ \t\u00a0]*\p{L})|$)/gmu;

// Every match starts with the word before ". x" (full stop, spaces, lowercase letter): find those
// places cheaply, then run the full pattern there, as matchAll would (left to right, no overlap).
const CUE = /\.[ \t]+\p{Ll}/gu;
const FRAG_AT = new RegExp(FRAG.source, 'ymu');
const WORDCH = /[\p{L}\p{N}]/u;
function* fragments(text: string): Generator<RegExpExecArray> {
  let from = 0;
  CUE.lastIndex = 0;
  for (let c = CUE.exec(text); c; c = CUE.exec(text)) {
    let s = c.index;
    while (s > 0 && WORDCH.test(text[s - 1]!)) s--;
    if (s === c.index || s < from) continue;
    FRAG_AT.lastIndex = s;
    const m = FRAG_AT.exec(text);
    if (!m) continue;
    from = m.index + m[0].length;
    CUE.lastIndex = Math.max(CUE.lastIndex, from);
    yield m;
  }
}

export const fragmentRule: Rule = {
  id: 'fragment.stranded-words',
  category: 'fragment',
  severity: 'warning',
  scope: 'doc',
  inputs: ['text'],
  run(env, view) {
    if (!view) return;
    const { text } = view;
    for (const m of fragments(text)) {
      const prev = m[1]!;
      if (prev.length < 3 || ABBREV.has(prev.toLowerCase()) || /^\p{N}+$/u.test(prev)) continue;
      // The word before must itself be part of running text, not an initial ("J. smith").
      const frag = m[5] ? `${m[3]} ${m[5]}` : m[3]!;
      const end = m.index + m[0].length;
      const sugg = m[5] ? [] : [`${m[3]} ${prev}.`];
      env.emit(view, {
        start: m.index,
        end,
        suggestions: sugg,
        message: msg('fragment.stranded-words', { fragment: frag }),
      });
    }
  },
};
