// Quotation marks out of place, by their form alone: the German low opening mark „ in English or
// French text; a closing ” cut off from its sentence by a space ("success. ”"); ‘ between two
// letters (an apostrophe in the wrong form: "China‘s"); a double prime ″
// closing a quote before the speaker ("la fin″, a déclaré"). Balance and orientation: quotes.ts.
import { msg } from '../messages/ref.js';
import type { Rule } from '../rule.js';
import { cutTailStart } from '../util/excerpt.js';

const LOW_OPEN = /„/gu;
const DETACHED_CLOSE = /([\p{L}\p{N}][.!?…,;]?)[ \u00a0]+”(?=[ \u00a0]|\n|$|[)\]]|\p{Lu})/gmu;
const PRIME_CLOSE: Record<string, RegExp> = {
  en: /[\p{L}\p{N}.!?]″(?=[ \u00a0]*,[ \u00a0]*(?:said|says|added|told)\b)/gu,
  fr: /[\p{L}\p{N}.!?]″(?=[ \u00a0]*,[ \u00a0]*(?:a|ont|avait)[ \u00a0]+\p{Ll})/gu,
};

export const quoteMarksRule: Rule = {
  id: 'quotes.marks',
  category: 'quotes',
  severity: 'warning',
  scope: 'doc',
  inputs: ['text'],
  languages: ['en', 'fr'],
  run(env, view) {
    if (!view) return;
    const { text } = view;
    const fr = view.lang === 'fr';
    LOW_OPEN.lastIndex = 0;
    for (let m = text.includes('„') ? LOW_OPEN.exec(text) : null; m; m = LOW_OPEN.exec(text)) {
      env.emit(view, { start: m.index, end: m.index + 1, suggestions: [fr ? '«\u00a0' : '“'], message: msg('quotes.marks.low-open', { mark: '„' }) });
    }
    DETACHED_CLOSE.lastIndex = 0;
    // French closes with » after a no-break space (” is handled as a foreign mark); no ”, nothing to try.
    for (let m = !fr && text.includes('”') ? DETACHED_CLOSE.exec(text) : null; m; m = DETACHED_CLOSE.exec(text)) {
      const end = m.index + m[0].length;
      env.emit(view, { start: m.index, end, suggestions: [`${m[1]}”`], message: msg('quotes.marks.detached-close', { form: m[0].trim() }) });
    }
    // An opening single quote between two letters is an apostrophe in the wrong form ("China‘s", "l‘Europe").
    for (let at = text.indexOf('‘'); at > 0; at = text.indexOf('‘', at + 1)) {
      if (!/\p{L}/u.test(text[at - 1]!) || !/\p{L}/u.test(text[at + 1] ?? '')) continue;
      env.emit(view, { start: at, end: at + 1, suggestions: ['’'], message: msg('quotes.marks.apostrophe', { mark: '‘' }) });
    }
    // A single opening quote ‘ before a word that nothing closes in its paragraph (no ’ after it but
    // apostrophes inside words): a stray mark ("secretary of the ‘State.").
    for (let at = text.indexOf('‘'); at >= 0; at = text.indexOf('‘', at + 1)) {
      if (!/\p{L}/u.test(text[at + 1] ?? '') || (at > 0 && /\p{L}/u.test(text[at - 1]!))) continue;
      let end = text.indexOf('\n', at);
      if (end < 0) end = text.length;
      let closed = false;
      for (let c = text.indexOf('’', at); c >= 0 && c < end && !closed; c = text.indexOf('’', c + 1)) closed = !/\p{L}/u.test(text[c + 1] ?? '');
      // A quotation still open where an excerpt was cut off is the cut's.
      if (closed || (end === text.length && cutTailStart(text) >= 0)) continue;
      let w = at + 1;
      while (w < end && /[\p{L}\p{N}’'-]/u.test(text[w]!)) w++;
      env.emit(view, { start: at, end: w, suggestions: [text.slice(at + 1, w)], safe: false, message: msg('quotes.marks.single-unclosed', { mark: '‘' }) });
    }
    const prime = PRIME_CLOSE[view.lang];
    if (prime && text.includes('″')) {
      prime.lastIndex = 0;
      for (let m = prime.exec(text); m; m = prime.exec(text)) {
        const at = m.index + m[0].length - 1;
        env.emit(view, { start: at, end: at + 1, suggestions: [fr ? '\u00a0»' : '”'], message: msg('quotes.marks.prime', { mark: '″' }) });
      }
    }
  },
};
