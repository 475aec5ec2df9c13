// Spacing: missing space after punctuation or before an opening quote, space before . or ,
// (and before ; : ! ? outside French), doubled spaces inside a line.
import type { Rule } from '../rule.js';
import { wordEndAfter, wordStartBefore } from '../util/spans.js';

export const spacingRule: Rule = {
  id: 'spacing.punctuation',
  category: 'spacing',
  severity: 'warning',
  scope: 'doc',
  description: { en: 'Missing, misplaced or doubled spaces around punctuation', fr: 'Espaces manquantes, mal placées ou doublées autour de la ponctuation' },
  run(env, view) {
    if (!view) return;
    const { text } = view;
    const fr = view.lang === 'fr';
    // Missing space after , ; ! ? (and : unless a time or a URL) before a letter.
    for (const m of text.matchAll(/([\p{L}\p{N}»”)\]])([,;:!?])(\p{L})/gu)) {
      const i = m.index + m[1]!.length;
      if (m[2] === ':' && (/^\/\//u.test(text.slice(i + 1, i + 3)) || /\p{N}/u.test(m[1]!))) continue;
      const s = m[1] === '»' || m[1] === '”' ? i - 1 : wordStartBefore(text, i);
      const e = wordEndAfter(text, i + 1);
      const sep = fr && m[2] !== ',' ? '\u00a0' : '';
      env.emit(view, {
        start: s, end: e,
        suggestions: [`${text.slice(s, i)}${sep}${m[2]} ${text.slice(i + 1, e)}`],
        message: { en: `Missing space after “${m[2]}”`, fr: `Espace manquante après « ${m[2]} »` },
      });
    }
    // Missing space after a full stop between two words: "end.Next" (not U.S., not domain names).
    for (const m of text.matchAll(/(?<!\p{L})(\p{Ll}{3,})\.(\p{Lu}\p{Ll}{2,})/gu)) {
      const i = m.index + m[1]!.length;
      env.emit(view, {
        start: m.index, end: m.index + m[0].length, suggestions: [`${m[1]}. ${m[2]}`],
        message: { en: 'Missing space after the full stop', fr: 'Espace manquante après le point' },
      });
      void i;
    }
    // Word glued to an opening quote: of“feed” / de«mot».
    for (const m of text.matchAll(/([\p{L}\p{N},;:])([“«])(?=[\p{L}\s\u00a0])/gu)) {
      const q = m.index + m[1]!.length;
      const s = wordStartBefore(text, q);
      const close = text.indexOf(m[2] === '“' ? '”' : '»', q);
      const e = close > q && close - q < 60 ? close + 1 : wordEndAfter(text, q + 1);
      env.emit(view, {
        start: s, end: e, suggestions: [`${text.slice(s, q)} ${text.slice(q, e)}`],
        message: { en: 'Missing space before the opening quote', fr: 'Espace manquante avant le guillemet ouvrant' },
      });
    }
    // Closing quote glued to the next word: ”word / »mot.
    for (const m of text.matchAll(/([”»])(\p{L})/gu)) {
      const e = wordEndAfter(text, m.index + 1);
      env.emit(view, {
        start: m.index, end: e, suggestions: [`${m[1]} ${text.slice(m.index + 1, e)}`],
        message: { en: 'Missing space after the closing quote', fr: 'Espace manquante après le guillemet fermant' },
      });
    }
    // Space before . or , (any language); before ; : ! ? only outside French, where it is required.
    const before = fr ? /([^\s])([ \t]+)([.,])(?=[\s”»"’)]|$)/gu : /([^\s])([ \t]+)([.,;:!?])(?=[\s”»"’)]|$)/gu;
    for (const m of text.matchAll(before)) {
      if (m[3] === '.' && text.slice(m.index + m[0].length, m.index + m[0].length + 2) === '..') continue;
      if (/[«“(]/u.test(m[1]!)) continue;
      const punct = m.index + m[1]!.length + m[2]!.length;
      // The whole preceding chunk up to the previous space: "(FT) ." → "(FT)."
      let s = m.index;
      while (s > 0 && !/\s/u.test(text[s - 1]!)) s--;
      env.emit(view, {
        start: s, end: punct + 1, suggestions: [text.slice(s, m.index + 1) + m[3]],
        message: { en: `Space before “${m[3]}”`, fr: `Espace avant « ${m[3]} »` },
      });
    }
    // Doubled spaces between words.
    for (const m of text.matchAll(/(?<=\S)( {2,})(?=\S)/gu)) {
      env.emit(view, {
        start: m.index, end: m.index + m[0].length, suggestions: [' '], severity: 'info',
        message: { en: 'Doubled space', fr: 'Espace doublée' },
      });
    }
  },
};
