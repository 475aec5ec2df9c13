// Quotes: misoriented curly quotes, unbalanced quotes and guillemets per paragraph, the MT
// inversion `allies, “Blinken said` (closing quote turned opening and pushed past the space),
// and another language's marks (« » in English). Straight quotes "…" are paired in order within a
// paragraph; a guillemet quotation may be closed by the wrong mark (« … ",); a second « inside an
// open quotation and a second » after a closed one are flagged where the extra mark stands.
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
  inputs: ['text'],
  run(env, view) {
    if (!view) return;
    const { text, paragraphs } = view;
    const cutTail = cutTailStart(text);
    // Every straight quote's position, once: searching for the next one from each paragraph ran
    // to the end of a text that has none (paragraphs × length).
    const straight: number[] = [];
    for (let i = text.indexOf('"'); i >= 0; i = text.indexOf('"', i + 1)) straight.push(i);
    let sq = 0;
    for (let p = 0; p < paragraphs.length; p++) {
      const para = paragraphs[p]!;
      let open = -1;
      let gOpen = -1;
      let gDepth = 0;
      let gClosed = -1;
      // Findings in this paragraph: after one, an unclosed quotation is its echo, not a new error.
      while (sq < straight.length && straight[sq]! < para.start) sq++;
      let flagged = straightPairs(env, view, para.start, para.end, straight, sq);
      const emit = (d: Parameters<Env['emit']>[1]) => {
        flagged++;
        env.emit(view, d);
      };
      for (let i = para.start; i < para.end; i++) {
        const g = text[i]!;
        if (g === '"' && gOpen >= 0 && view.lang === 'fr') {
          // « … ", : the quotation opened with « is closed by a straight quote (no » follows).
          const rest = text.slice(i, para.end);
          const next = text[i + 1];
          const closesHere = next === undefined || CLOSER_NEXT.test(next);
          if (closesHere && !rest.includes('»') && (rest.match(/"/gu) ?? []).length % 2 === 1 && (text.slice(gOpen, i).match(/"/gu) ?? []).length % 2 === 0) {
            const s = wordStartBefore(text, i - (isSpace(text[i - 1]) ? 1 : 0));
            emit({
              start: s,
              end: i + 1,
              suggestions: [text.slice(s, i).trimEnd() + '\u00a0»'],
              message: msg('quotes.balance.mixed-pair', { open: '«', close: '"' }),
            });
            gOpen = -1;
            gDepth = 0;
          }
          continue;
        }
        if (g !== '“' && g !== '”' && g !== '«' && g !== '»') continue;
        const prev = i > para.start ? text[i - 1] : undefined;
        const next = i + 1 < para.end ? text[i + 1] : undefined;
        const closerPos = next === undefined || CLOSER_NEXT.test(next);
        const openerPos = (prev === undefined || /[\s(\[—–-]/u.test(prev)) && (isLetter(next) || next === '‘');
        if ((g === '«' || g === '»') && view.lang !== 'fr') {
          emit({
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
          if (g === '«' && i > para.start && closerShaped(text, i, para.end)) {
            // `années « ,`: an opening guillemet standing where the closing one belongs.
            const s = wordStartBefore(text, i - (isSpace(prev) ? 1 : 0));
            emit({
              start: s,
              end: i + 1,
              suggestions: [text.slice(s, i).trimEnd() + '\u00a0»'],
              message: msg('quotes.balance.guillemet-open-for-close'),
            });
            if (gOpen >= 0 && --gDepth <= 0) {
              gOpen = -1;
              gDepth = 0;
              gClosed = i;
            }
            continue;
          }
          if (g === '«') {
            if (gOpen >= 0 && nestedGuillemet(text, i, para.end, gDepth)) gDepth++;
            else if (gOpen >= 0) {
              // A new « while the quotation is still open: the extra mark is where it stands.
              let j = i - (isSpace(prev) ? 1 : 0);
              while (j > para.start && /[.,;:!?…]/u.test(text[j - 1]!)) j--;
              const s = wordStartBefore(text, j);
              emit({
                start: s,
                end: Math.min(wordEndAfter(text, i + (isSpace(next) ? 2 : 1)), para.end),
                message: msg('quotes.balance.guillemet-reopened'),
              });
              gDepth = 1;
            } else gDepth = 1;
            gOpen = i;
          } else if (gOpen < 0) {
            const s = wordStartBefore(text, i - (isSpace(prev) ? 1 : 0));
            if (gClosed >= 0) {
              // Two » for one «: one of them is wrong; the span runs from the first to the second.
              emit({
                start: wordStartBefore(text, gClosed - (isSpace(text[gClosed - 1]) ? 1 : 0)),
                end: i + 1,
                message: msg('quotes.balance.guillemet-closed-twice'),
              });
            } else emit({ start: s, end: i + 1, message: msg('quotes.balance.guillemet-close-alone') });
          } else if (--gDepth <= 0) {
            gOpen = -1;
            gDepth = 0;
            gClosed = i;
          }
          continue;
        }
        if (g === '“') {
          // “ before punctuation or line end closes; before a space only if something is open or it hugs a word.
          const closes = next === undefined || /[,.;:!?)\]…]/u.test(next) || (isSpace(next) && (open >= 0 || !isSpace(prev)));
          if (closes && !openerPos) {
            const s = wordStartBefore(text, isSpace(prev) ? i - 1 : i);
            emit({
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
              emit({
                start: i - 2,
                end,
                suggestions: [`${m[1]}” ${text.slice(i + 1, end)}`],
                message: msg('quotes.balance.inverted-close'),
              });
              open = -1;
            } else {
              emit({ start: i, end, message: msg('quotes.balance.open-inside-open') });
              open = i;
            }
          } else open = i;
        } else {
          // ”
          if (openerPos && !closerPos) {
            const end = wordEndAfter(text, i + 1);
            if (open >= 0 && /[.,!?…;:][ \u00a0]$/u.test(text.slice(Math.max(para.start, i - 2), i))) {
              // `minute. ”Then`, `together, ”said` with a quotation open: a closing mark that lost
              // its place, not an opening one. Before a capital, quotes.marks reports it already.
              if (!/\p{Lu}/u.test(next ?? '') || view.lang !== 'en') {
                const s = wordStartBefore(text, i - 2);
                emit({
                  start: s,
                  end,
                  suggestions: [`${text.slice(s, i - 1)}” ${text.slice(i + 1, end)}`],
                  message: msg('quotes.marks.detached-close', { form: text.slice(i - 2, end) }),
                });
              }
              open = -1;
              continue;
            }
            emit({ start: i, end, suggestions: ['“' + text.slice(i + 1, end)], message: msg('quotes.balance.close-for-open') });
            open = i;
          } else if (open < 0) {
            const s = wordStartBefore(text, i > 0 && /[.,!?;:]/u.test(text[i - 1]!) ? i - 1 : i);
            emit({
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
      if (open >= 0 && !continues('“') && !cutOff && !flagged) {
        unclosed(env, view, open, para.end, '”', msg('quotes.balance.unclosed'));
      }
      if (gOpen >= 0 && !continues('«') && !cutOff && !flagged) {
        unclosed(env, view, gOpen, para.end, '\u00a0»', msg('quotes.balance.guillemet-unclosed'));
      }
    }
  },
};

type Env = Parameters<Rule['run']>[0];
type View = NonNullable<Parameters<Rule['run']>[1]>;

/**
 * A quotation never closed in its paragraph (and not continued in the next): in news the quote
 * runs to the paragraph's end, so the finding stands on the paragraph's last word with the
 * closing mark suggested there; the evidence names where it opened.
 */
function unclosed(env: Env, view: View, open: number, paraEndAt: number, close: string, message: ReturnType<typeof msg>): void {
  const { text } = view;
  let e = paraEndAt;
  while (e > open && /\s/u.test(text[e - 1]!)) e--;
  let s = e;
  while (s > open + 1 && /[.,!?…;:)]/u.test(text[s - 1]!)) s--;
  s = wordStartBefore(text, s);
  if (s <= open + 1) s = open;
  env.emit(view, {
    start: s,
    end: e,
    suggestions: s > open ? [text.slice(s, e) + close] : [],
    // Where the quotation really ends is a guess: an editor places the mark.
    safe: false,
    message,
    evidence: [msg('quotes.balance.ev.opened', { form: text.slice(open, wordEndAfter(text, open + (isSpace(text[open + 1]) ? 2 : 1))) })],
  });
}

/** A « followed (after a space at most) by closing punctuation or the paragraph's end. */
function closerShaped(text: string, i: number, end: number): boolean {
  let j = i + 1;
  if (j < end && isSpace(text[j])) j++;
  return j >= end || /[,.;:!?)]/u.test(text[j]!);
}

/** « inside an open « is nesting when enough » follow before another « to close both. */
function nestedGuillemet(text: string, i: number, end: number, depth: number): boolean {
  let closers = 0;
  for (let j = i + 1; j < end; j++) {
    if (text[j] === '«') return false;
    if (text[j] === '»' && ++closers > depth) return true;
  }
  return false;
}

/**
 * Straight quotes pair in order within a paragraph. When they pair evenly and an opening one
 * stands as an opening should, its closing one with a space before and a word glued after
 * (`covered, "adds`) was pushed past the space. Inch marks (a digit before) are not quotes.
 */
function straightPairs(env: Env, view: View, start: number, end: number, straight: readonly number[], from: number): number {
  const { text } = view;
  const at: number[] = [];
  for (let k = from; k < straight.length && straight[k]! < end; k++) {
    const i = straight[k]!;
    if (!/\p{N}/u.test(text[i - 1] ?? '')) at.push(i);
  }
  let n = 0;
  if (at.length < 2 || at.length % 2 === 1) return n;
  for (let k = 0; k + 1 < at.length; k += 2) {
    const o = at[k]!;
    const c = at[k + 1]!;
    const openerOk = (o === start || /[\s(\[—–-]/u.test(text[o - 1]!)) && isLetter(text[o + 1]);
    if (!openerOk || !isSpace(text[c - 1]) || !/\p{Ll}/u.test(text[c + 1] ?? '') || !/[\p{L}\p{N},.!?…]/u.test(text[c - 2] ?? '')) continue;
    const s = wordStartBefore(text, /[,.!?…]/u.test(text[c - 2]!) ? c - 2 : c - 1);
    const e = wordEndAfter(text, c + 1);
    env.emit(view, {
      start: s,
      end: e,
      suggestions: [`${text.slice(s, c).trimEnd()}" ${text.slice(c + 1, e)}`],
      message: msg('quotes.balance.straight-pushed'),
    });
    n++;
  }
  return n;
}
