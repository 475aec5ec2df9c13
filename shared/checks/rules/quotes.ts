// Quotes: misoriented curly quotes, unbalanced quotes and guillemets per paragraph, the MT
// inversion `allies, “Blinken said` (closing quote turned opening and pushed past the space),
// and another language's marks (« » in English).
import { msg } from '../messages/ref.js';
import type { Rule } from '../rule.js';
import { cutTailStart } from '../util/excerpt.js';
import { isLetter, isSpace, wordEndAfter, wordStartBefore } from '../util/spans.js';

const CLOSER_NEXT = /[\s,.;:!?)\]…]/u;

export const quotesRule: Rule = {
  id: 'quotes.balance',
  category: 'quotes',
  severity: 'warning',
  scope: 'doc',
  run(env, view) {
    if (!view) return;
    const { text, paragraphs } = view;
    const cutTail = cutTailStart(text);
    for (let p = 0; p < paragraphs.length; p++) {
      const para = paragraphs[p]!;
      let open = -1;
      let gOpen = -1;
      for (let i = para.start; i < para.end; i++) {
        const g = text[i]!;
        if (g !== '“' && g !== '”' && g !== '«' && g !== '»') continue;
        const prev = i > para.start ? text[i - 1] : undefined;
        const next = i + 1 < para.end ? text[i + 1] : undefined;
        const closerPos = next === undefined || CLOSER_NEXT.test(next);
        const openerPos = (prev === undefined || /[\s(\[—–-]/u.test(prev)) && (isLetter(next) || next === '‘');
        if ((g === '«' || g === '»') && view.lang !== 'fr') {
          env.emit(view, {
            start: wordStartBefore(text, i - (isSpace(prev) ? 1 : 0)),
            end: i + 1,
            suggestions: [text.slice(wordStartBefore(text, i - (isSpace(prev) ? 1 : 0)), i).trimEnd() + (g === '«' ? ' “' : '”')],
            message: msg('quotes.balance.french-marks', { mark: g, lang: view.lang }),
          });
          // Still a quote mark: it opens or closes for the balance of the paragraph.
          if (g === '«') open = i;
          else open = -1;
          continue;
        }
        if (g === '«' || g === '»') {
          if (g === '«') {
            if (gOpen >= 0)
              env.emit(view, { start: gOpen, end: Math.min(wordEndAfter(text, gOpen + 2), para.end), message: msg('quotes.balance.guillemet-before-next') });
            gOpen = i;
          } else if (gOpen < 0) {
            const s = wordStartBefore(text, i - (isSpace(prev) ? 1 : 0));
            env.emit(view, { start: s, end: i + 1, message: msg('quotes.balance.guillemet-close-alone') });
          } else gOpen = -1;
          continue;
        }
        if (g === '“') {
          // “ before punctuation or line end closes; before a space only if something is open or it hugs a word.
          const closes = next === undefined || /[,.;:!?)\]…]/u.test(next) || (isSpace(next) && (open >= 0 || !isSpace(prev)));
          if (closes && !openerPos) {
            const s = wordStartBefore(text, isSpace(prev) ? i - 1 : i);
            env.emit(view, {
              start: s,
              end: i + 1,
              suggestions: [text.slice(s, i).trimEnd() + '”'],
              message: msg('quotes.balance.open-for-close'),
            });
            open = -1;
          } else if (open >= 0) {
            // `allies, “Blinken said`: a closing quote was inverted and moved past the space.
            const m = /([,.!?;:]) $/u.exec(text.slice(Math.max(para.start, i - 2), i));
            const end = wordEndAfter(text, i + 1);
            if (m) {
              env.emit(view, {
                start: i - 2,
                end,
                suggestions: [`${m[1]}” ${text.slice(i + 1, end)}`],
                message: msg('quotes.balance.inverted-close'),
              });
              open = -1;
            } else {
              env.emit(view, { start: i, end, message: msg('quotes.balance.open-inside-open') });
              open = i;
            }
          } else open = i;
        } else {
          // ”
          if (openerPos && !closerPos) {
            const end = wordEndAfter(text, i + 1);
            env.emit(view, { start: i, end, suggestions: ['“' + text.slice(i + 1, end)], message: msg('quotes.balance.close-for-open') });
            open = i;
          } else if (open < 0) {
            const s = wordStartBefore(text, i > 0 && /[.,!?;:]/u.test(text[i - 1]!) ? i - 1 : i);
            env.emit(view, {
              start: s,
              end: i + 1,
              suggestions: [text.slice(s, i)],
              message: msg('quotes.balance.close-alone'),
            });
          } else open = -1;
        }
      }
      const nextPara = paragraphs[p + 1];
      // A quotation continues over the paragraph break when the next paragraph reopens it, or
      // closes it before opening another (house styles that do not repeat the opening mark).
      const continues = (mark: string) => {
        if (nextPara === undefined) return false;
        const next = text.slice(nextPara.start, nextPara.end);
        if (next.trimStart().startsWith(mark)) return true;
        const close = next.indexOf(mark === '“' ? '”' : '»');
        const reopen = next.indexOf(mark);
        return close >= 0 && (reopen < 0 || close < reopen);
      };
      // A quotation still open where an excerpt was cut off is the cut's, not an error.
      const cutOff = p === paragraphs.length - 1 && cutTail >= 0;
      if (open >= 0 && !continues('“') && !cutOff) {
        env.emit(view, { start: open, end: Math.min(para.end, wordEndAfter(text, open + 1)), message: msg('quotes.balance.unclosed') });
      }
      if (gOpen >= 0 && !continues('«') && !cutOff) {
        env.emit(view, { start: gOpen, end: Math.min(para.end, wordEndAfter(text, gOpen + 2)), message: msg('quotes.balance.guillemet-unclosed') });
      }
    }
  },
};
