// Words of a text with what the matching code needs to know about each: the folded key,
// whether it is capitalised, and whether it starts a sentence, line or quotation (where a
// capital says nothing about names).
import { foldKey } from './fold.js';

export interface Word {
  /** Original spelling. */
  raw: string;
  /** foldKey(raw). */
  folded: string;
  /** Starts with an upper-case letter. */
  capital: boolean;
  /** First word of a sentence, line or quotation. */
  initial: boolean;
  /** UTF-16 offset in the text. */
  start: number;
}

const WORD = /[\p{L}\p{M}\p{N}]+/gu;
// After these (skipping spaces) a capital is expected anyway.
const OPENS_SENTENCE = /[.!?…:;«“"‘(\[—–\-•]/u;

/** True when the word at `index` starts a sentence, a line or a quotation. */
export function isSentenceStart(text: string, index: number): boolean {
  for (let i = index - 1; i >= 0; i--) {
    const c = text[i] as string;
    if (c === '\n') return true;
    if (c === ' ' || c === '\t' || c === '\u00A0' || c === '\u202F') continue;
    return OPENS_SENTENCE.test(c);
  }
  return true;
}

/** Runs of letters and digits ("aujourd'hui" gives two runs; see countWords for word counts). */
export function words(text: string): Word[] {
  const out: Word[] = [];
  // Folding (NFD) is the costly step and text repeats its words: fold each spelling once.
  const folded = new Map<string, string>();
  for (const m of text.matchAll(WORD)) {
    const raw = m[0];
    const first = raw.charAt(0);
    let f = folded.get(raw);
    if (f === undefined) folded.set(raw, (f = foldKey(raw)));
    out.push({ raw, folded: f, capital: first !== first.toLowerCase(), initial: isSentenceStart(text, m.index), start: m.index });
  }
  return out;
}

// Word characters by code unit, filled lazily ([\p{L}\p{N}]; a hand-written scan: countWords
// runs on every line of every document in the checks).
const WORD_CHAR = /^[\p{L}\p{N}]$/u;
const BMP = new Uint8Array(65536); // 0 unknown, 1 word char, 2 not
function wordCharLen(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ? 1 : 0;
  if (c >= 0xd800 && c <= 0xdbff) {
    const cp = text.codePointAt(i)!;
    return cp > 0xffff && WORD_CHAR.test(String.fromCodePoint(cp)) ? 2 : 0;
  }
  let v = BMP[c]!;
  if (v === 0) BMP[c] = v = WORD_CHAR.test(String.fromCharCode(c)) ? 1 : 2;
  return v === 1 ? 1 : 0;
}
/** Apostrophes and hyphens that keep one word together when between word characters. */
const isJoiner = (c: number): boolean => c === 39 || c === 0x2019 || c === 45 || c === 0x2011;

/** End of the word that starts at `i` (runs of letters/digits joined by an inner apostrophe or
 *  hyphen), or `i` when no word starts there. The one word scanner: countWords and the checks'
 *  tokenizer both read words with it. */
export function wordEnd(text: string, i: number): number {
  const len = text.length;
  let k = i < len ? wordCharLen(text, i) : 0;
  if (k === 0) return i;
  i += k;
  for (;;) {
    while (i < len && (k = wordCharLen(text, i)) > 0) i += k;
    if (i + 1 < len && isJoiner(text.charCodeAt(i)) && (k = wordCharLen(text, i + 1)) > 0) {
      i += 1 + k;
      continue;
    }
    return i;
  }
}

/** Words as a reader counts them: runs of letters/digits, an inner apostrophe or hyphen keeps
 *  one word ("aujourd'hui", "l'OTAN", "États-Unis" are one word each). The one word count of
 *  the product (document statistics, checks). */
export function countWords(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length;) {
    const end = wordEnd(text, i);
    if (end === i) i++;
    else {
      n++;
      i = end;
    }
  }
  return n;
}
