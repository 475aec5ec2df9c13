// Sentence splitting over a whole text: line breaks are hard boundaries (each non-blank line is
// a paragraph), and SRX decides inside each line. Offsets are UTF-16 indexes into the input.
import { compileSrx, type CompiledSrx } from './srx-engine.js';
import type { SrxRules } from './srx-types.js';

export interface SentenceSpan {
  start: number;
  end: number;
  /** input.slice(start, end); surrounding whitespace is never part of a span. */
  text: string;
  /** 0-based index of the non-blank line the sentence is in. */
  paragraph: number;
}

// Compiling a rule set costs more than segmenting a short document, and the same rules are
// used for thousands of documents: cache per rules object and language.
const cache = new WeakMap<SrxRules, Map<string, CompiledSrx>>();

export function compiledFor(rules: SrxRules, lang: string): CompiledSrx {
  let byLang = cache.get(rules);
  if (!byLang) {
    byLang = new Map();
    cache.set(rules, byLang);
  }
  const key = lang.toLowerCase();
  let c = byLang.get(key);
  if (!c) {
    c = compileSrx(rules, lang);
    byLang.set(key, c);
  }
  return c;
}

const LINE_BREAK = /\r\n|[\n\r\u2028\u2029\v\f]/g;
const SPACE = /\s/;

// Trimmed by scanning, not with /\s*$/: that regex retries at every space of a long run and is
// quadratic on a line of spaces followed by a word.
function pushTrimmed(text: string, from: number, to: number, paragraph: number, out: SentenceSpan[]): void {
  let start = from;
  while (start < to && SPACE.test(text[start]!)) start++;
  if (start === to) return;
  let end = to;
  while (end > start && SPACE.test(text[end - 1]!)) end--;
  out.push({ start, end, text: text.slice(start, end), paragraph });
}

export function splitWith(text: string, compiled: CompiledSrx): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  let paragraph = 0;
  let lineStart = 0;
  const handleLine = (lineEnd: number): void => {
    const line = text.slice(lineStart, lineEnd);
    if (line.trim() === '') return;
    let from = 0;
    for (const b of compiled.breaks(line)) {
      pushTrimmed(text, lineStart + from, lineStart + b, paragraph, out);
      from = b;
    }
    pushTrimmed(text, lineStart + from, lineEnd, paragraph, out);
    paragraph++;
  };
  LINE_BREAK.lastIndex = 0;
  for (let m = LINE_BREAK.exec(text); m !== null; m = LINE_BREAK.exec(text)) {
    handleLine(m.index);
    lineStart = m.index + m[0].length;
  }
  handleLine(text.length);
  return out;
}
