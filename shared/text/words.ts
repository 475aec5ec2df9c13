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

/** Words as a reader counts them: letters/digits, an inner apostrophe or hyphen keeps one word
 *  ("aujourd'hui", "l'OTAN", "États-Unis" are one word each). */
export function countWords(text: string): number {
  const m = text.match(/[\p{L}\p{N}]+(?:['’\-‑][\p{L}\p{N}]+)*/gu);
  return m ? m.length : 0;
}
