// Splits a sentence into the tokens the aligner compares: lowercased words, numbers and
// the few punctuation marks that survive translation (? ! quotes, parentheses, colon).

export type TokenKind = 'word' | 'num' | 'punct';

export interface Token {
  /** Lowercased form (words), digits (numbers) or a canonical mark (punctuation). */
  norm: string;
  kind: TokenKind;
  /** Capitalised in the text and not the first token: a likely name. */
  name: boolean;
}

// Character classes, computed once per UTF-16 code unit on first sight (a hand-written
// scanner is several times faster than a Unicode-property regex on long documents).
const LETTER = 1,
  MARK = 2,
  DIGIT = 3,
  PUNCT = 4,
  OTHER = 5;
const CLASS = new Uint8Array(65536);

function classOf(code: number): number {
  let c = CLASS[code]!;
  if (c === 0) {
    const ch = String.fromCharCode(code);
    c = /\p{L}/u.test(ch) ? LETTER : /\p{M}/u.test(ch) ? MARK : /\p{N}/u.test(ch) ? DIGIT : PUNCT_CANON[ch] !== undefined ? PUNCT : OTHER;
    CLASS[code] = c;
  }
  return c;
}

const PUNCT_CANON: Record<string, string> = {
  '«': '"',
  '»': '"',
  '“': '"',
  '”': '"',
  '„': '"',
  '"': '"',
  '?': '?',
  '!': '!',
  ':': ':',
  ';': ';',
  '(': '(',
  ')': '(',
};

/** Token kinds as small integers for the allocation-free scanner. */
export const WORD = 0,
  NUM = 1,
  PUNCT_TOKEN = 2;

/** Calls `cb(norm, kind, name)` for each token of `text` (same tokens as `tokenize`,
 *  without allocating token objects). */
export function scanTokens(text: string, cb: (norm: string, kind: number, name: boolean) => void): void {
  let first = true;
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = classOf(text.charCodeAt(i));
    if (c === LETTER) {
      let j = i + 1;
      while (j < n) {
        const d = classOf(text.charCodeAt(j));
        if (d !== LETTER && d !== MARK) break;
        j++;
      }
      const raw = text.slice(i, j);
      const lower = raw.toLowerCase();
      cb(lower, WORD, !first && lower !== raw);
      first = false;
      i = j;
    } else if (c === DIGIT) {
      let j = i + 1;
      while (j < n && classOf(text.charCodeAt(j)) === DIGIT) j++;
      let k = i;
      while (k < j - 1 && text.charCodeAt(k) === 48) k++; // "07" means 7
      cb(text.slice(k, j), NUM, false);
      first = false;
      i = j;
    } else {
      if (c === PUNCT) cb(PUNCT_CANON[text[i]!]!, PUNCT_TOKEN, false);
      i++;
    }
  }
}

const KINDS: TokenKind[] = ['word', 'num', 'punct'];

/** Words (letters, with combining marks), digit runs (so "17+1" or "2,5" compare across
 *  languages whatever the separator), and the punctuation marks listed above. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  scanTokens(text, (norm, kind, name) => {
    out.push({ norm, kind: KINDS[kind]!, name });
  });
  return out;
}

/** Strips diacritics so "équipe" and "equipe" share a cognate key (shared/text). */
export { stripMarks as fold } from '../text/index.js';

// --- Interning scanner -------------------------------------------------------------------

const FNV_OFFSET = 0x811c9dc5 | 0,
  FNV_PRIME = 0x01000193;

function hashString(s: string): number {
  let h = FNV_OFFSET;
  for (let q = 0; q < s.length; q++) h = Math.imul(h ^ s.charCodeAt(q), FNV_PRIME);
  return h;
}

/** Lowercased words interned to ids 0, 1, 2... in order of first sight. A word already seen
 *  is found straight from the text when it is ASCII (no substring, no toLowerCase), which
 *  is most tokens of a long document. */
export class WordInterner {
  readonly words: string[] = [];
  private hashes = new Int32Array(1024);
  private table = new Int32Array(1 << 12).fill(-1);
  private mask = (1 << 12) - 1;

  /** Id of the ASCII word text[i..j) lowercased, whose hash is h; -1 if new. */
  findAscii(text: string, i: number, j: number, h: number): number {
    const len = j - i;
    for (let p = (h >>> 0) & this.mask; ; p = (p + 1) & this.mask) {
      const id = this.table[p]!;
      if (id < 0) return -1;
      if (this.hashes[id] !== h) continue;
      const w = this.words[id]!;
      if (w.length !== len) continue;
      let q = 0;
      for (; q < len; q++) {
        let d = text.charCodeAt(i + q);
        if (d >= 65 && d <= 90) d |= 32;
        if (d !== w.charCodeAt(q)) break;
      }
      if (q === len) return id;
    }
  }

  /** Id of an already lowercased word (added if new). */
  idOf(lower: string, h = hashString(lower)): number {
    for (let p = (h >>> 0) & this.mask; ; p = (p + 1) & this.mask) {
      const id = this.table[p]!;
      if (id < 0) break;
      if (this.hashes[id] === h && this.words[id] === lower) return id;
    }
    return this.add(lower, h);
  }

  add(lower: string, h: number): number {
    const id = this.words.length;
    this.words.push(lower);
    if (id === this.hashes.length) {
      const a = new Int32Array(id * 2);
      a.set(this.hashes);
      this.hashes = a;
    }
    this.hashes[id] = h;
    if (this.words.length * 2 > this.table.length) {
      const cap = this.table.length * 2;
      this.table = new Int32Array(cap).fill(-1);
      this.mask = cap - 1;
      for (let k = 0; k < this.words.length; k++) this.place(k);
    } else this.place(id);
    return id;
  }

  private place(id: number): void {
    let p = (this.hashes[id]! >>> 0) & this.mask;
    while (this.table[p]! >= 0) p = (p + 1) & this.mask;
    this.table[p] = id;
  }
}

/** Same tokens as `tokenize`; words come as ids of `wi` (norm ''), numbers and punctuation
 *  as their normalised text (id -1). */
export function scanInterned(text: string, wi: WordInterner, cb: (kind: number, id: number, norm: string, name: boolean) => void): void {
  let first = true;
  const n = text.length;
  let i = 0;
  while (i < n) {
    const code = text.charCodeAt(i);
    const c = classOf(code);
    if (c === LETTER) {
      let ascii = code < 128,
        upper = code >= 65 && code <= 90;
      let h = Math.imul(FNV_OFFSET ^ (upper ? code | 32 : code), FNV_PRIME);
      let j = i + 1;
      while (j < n) {
        let d = text.charCodeAt(j);
        const e = classOf(d);
        if (e !== LETTER && e !== MARK) break;
        if (d >= 128) ascii = false;
        else if (d >= 65 && d <= 90) {
          upper = true;
          d |= 32;
        }
        h = Math.imul(h ^ d, FNV_PRIME);
        j++;
      }
      let id: number, name: boolean;
      if (ascii) {
        id = wi.findAscii(text, i, j, h);
        if (id < 0) {
          const raw = text.slice(i, j);
          id = wi.add(upper ? raw.toLowerCase() : raw, h);
        }
        name = !first && upper;
      } else {
        const raw = text.slice(i, j);
        const lower = raw.toLowerCase();
        id = wi.idOf(lower);
        name = !first && lower !== raw;
      }
      cb(WORD, id, '', name);
      first = false;
      i = j;
    } else if (c === DIGIT) {
      let j = i + 1;
      while (j < n && classOf(text.charCodeAt(j)) === DIGIT) j++;
      let k = i;
      while (k < j - 1 && text.charCodeAt(k) === 48) k++; // "07" means 7
      cb(NUM, -1, text.slice(k, j), false);
      first = false;
      i = j;
    } else {
      if (c === PUNCT) cb(PUNCT_TOKEN, -1, PUNCT_CANON[text[i]!]!, false);
      i++;
    }
  }
}
