// Spacing: missing space after punctuation or before an opening quote, space before . or ,
// (and before ; : ! ? outside French), doubled spaces inside a line.
import { msg } from '../messages/ref.js';
import type { Rule } from '../rule.js';
import { wordEndAfter, wordStartBefore } from '../util/spans.js';

const LOWER = /^\p{Ll}$/u;
const NEXT_WORD = /\p{Lu}\p{Ll}{2,}/uy;

const BEFORE_FR = /([^\s])([ \t]+)([.,])(?=[\s”»"’)]|$)/gu;
const BEFORE = /([^\s])([ \t]+)([.,;:!?])(?=[\s”»"’)]|$)/gu;

export const spacingRule: Rule = {
  id: 'spacing.punctuation',
  category: 'spacing',
  severity: 'warning',
  scope: 'doc',
  inputs: ['text'],
  run(env, view) {
    if (!view) return;
    const { text } = view;
    const fr = view.lang === 'fr';
    // Missing space after , ; ! ? (and : unless a time or a URL) before a letter.
    // Patterns start with the punctuation mark and look behind afterwards: the engine then skips
    // quickly to candidate marks instead of trying every position (≈ 30× faster).
    for (const m of text.matchAll(/[,;:!?](?<=[\p{L}\p{N}»”)\]][,;:!?])(?=\p{L})/gu)) {
      const i = m.index;
      const before = text[i - 1]!;
      const mark = m[0];
      if (mark === ':' && (/^\/\//u.test(text.slice(i + 1, i + 3)) || /\p{N}/u.test(before))) continue;
      const s = before === '»' || before === '”' ? i - 1 : wordStartBefore(text, i);
      const e = wordEndAfter(text, i + 1);
      const sep = fr && mark !== ',' ? '\u00a0' : '';
      env.emit(view, {
        start: s,
        end: e,
        suggestions: [`${text.slice(s, i)}${sep}${mark} ${text.slice(i + 1, e)}`],
        message: msg('spacing.punctuation.missing-after', { mark }),
      });
    }
    // Missing space after a full stop between two words: "end.Next" (not U.S., not domain names).
    for (const m of text.matchAll(/\.(?=\p{Lu}\p{Ll}{2,})(?<=(?<!\p{L})\p{Ll}{3,}\.)/gu)) {
      let s = m.index;
      while (s > 0 && LOWER.test(text[s - 1]!)) s--;
      NEXT_WORD.lastIndex = m.index + 1;
      const next = NEXT_WORD.exec(text)![0];
      const word = text.slice(s, m.index);
      env.emit(view, {
        start: s,
        end: m.index + 1 + next.length,
        suggestions: [`${word}. ${next}`],
        message: msg('spacing.punctuation.missing-after-stop'),
      });
    }
    // Word glued to an opening quote: of“feed” / de«mot».
    for (const m of text.matchAll(/[“«](?<=[\p{L}\p{N},;:][“«])(?=[\p{L}\s\u00a0])/gu)) {
      const q = m.index;
      const s = wordStartBefore(text, q);
      const close = text.indexOf(m[0] === '“' ? '”' : '»', q);
      const e = close > q && close - q < 60 ? close + 1 : wordEndAfter(text, q + 1);
      env.emit(view, {
        start: s,
        end: e,
        suggestions: [`${text.slice(s, q)} ${text.slice(q, e)}`],
        message: msg('spacing.punctuation.missing-before-quote'),
      });
    }
    // Closing quote glued to the next word: ”word / »mot.
    for (const m of text.matchAll(/([”»])(\p{L})/gu)) {
      const e = wordEndAfter(text, m.index + 1);
      env.emit(view, {
        start: m.index,
        end: e,
        suggestions: [`${m[1]} ${text.slice(m.index + 1, e)}`],
        message: msg('spacing.punctuation.missing-after-quote'),
      });
    }
    // Space before . or , (any language); before ; : ! ? only outside French, where it is required.
    const before = fr ? BEFORE_FR : BEFORE;
    for (const m of text.matchAll(before)) {
      if (m[3] === '.' && text.slice(m.index + m[0].length, m.index + m[0].length + 2) === '..') continue;
      if (/[«“(]/u.test(m[1]!)) continue;
      const punct = m.index + m[1]!.length + m[2]!.length;
      // The whole preceding chunk up to the previous space: "(FT) ." → "(FT)."
      let s = m.index;
      while (s > 0 && !/\s/u.test(text[s - 1]!)) s--;
      env.emit(view, {
        start: s,
        end: punct + 1,
        suggestions: [text.slice(s, m.index + 1) + m[3]],
        message: msg('spacing.punctuation.space-before', { mark: m[3]! }),
      });
    }
    // Doubled spaces between words.
    for (const m of text.matchAll(/ {2,}/gu)) {
      if (m.index === 0 || /\s/u.test(text[m.index - 1]!) || !/^\S/u.test(text.slice(m.index + m[0].length, m.index + m[0].length + 1))) continue;
      env.emit(view, {
        start: m.index,
        end: m.index + m[0].length,
        suggestions: [' '],
        severity: 'info',
        message: msg('spacing.punctuation.doubled'),
      });
    }
  },
};
