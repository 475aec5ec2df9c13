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
const LETTER = 1, MARK = 2, DIGIT = 3, PUNCT = 4, OTHER = 5;
const CLASS = new Uint8Array(65536);

function classOf(code: number): number {
  let c = CLASS[code]!;
  if (c === 0) {
    const ch = String.fromCharCode(code);
    c = /\p{L}/u.test(ch) ? LETTER : /\p{M}/u.test(ch) ? MARK : /\p{N}/u.test(ch) ? DIGIT
      : PUNCT_CANON[ch] !== undefined ? PUNCT : OTHER;
    CLASS[code] = c;
  }
  return c;
}

const PUNCT_CANON: Record<string, string> = {
  '«': '"', '»': '"', '“': '"', '”': '"', '„': '"', '"': '"',
  '?': '?', '!': '!', ':': ':', ';': ';', '(': '(', ')': '(',
};

/** Words (letters, with combining marks), digit runs (so "17+1" or "2,5" compare across
 *  languages whatever the separator), and the punctuation marks listed above. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  let first = true;
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = classOf(text.charCodeAt(i));
    if (c === LETTER) {
      let j = i + 1;
      while (j < n) { const d = classOf(text.charCodeAt(j)); if (d !== LETTER && d !== MARK) break; j++; }
      const raw = text.slice(i, j);
      const lower = raw.toLowerCase();
      out.push({ norm: lower, kind: 'word', name: !first && lower !== raw });
      first = false;
      i = j;
    } else if (c === DIGIT) {
      let j = i + 1;
      while (j < n && classOf(text.charCodeAt(j)) === DIGIT) j++;
      let k = i;
      while (k < j - 1 && text.charCodeAt(k) === 48) k++; // "07" means 7
      out.push({ norm: text.slice(k, j), kind: 'num', name: false });
      first = false;
      i = j;
    } else {
      if (c === PUNCT) out.push({ norm: PUNCT_CANON[text[i]!]!, kind: 'punct', name: false });
      i++;
    }
  }
  return out;
}

/** Strips diacritics so "équipe" and "equipe" share a cognate key. */
export function fold(word: string): string {
  return word.normalize('NFD').replace(/\p{M}+/gu, '');
}
