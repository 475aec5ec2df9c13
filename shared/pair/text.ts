// Tokenising and accent folding shared by the pairing features. Tokens keep their offset so
// callers can tell sentence-initial capitals (weak evidence of a name) from mid-sentence ones.

export interface Token {
  /** Original spelling. */
  raw: string;
  /** Lower-case, accents removed: "États" → "etats". */
  folded: string;
  /** Starts with an upper-case letter. */
  capital: boolean;
  /** First word of a sentence, line or quotation (its capital says nothing about names). */
  initial: boolean;
}

const WORD = /[\p{L}\p{M}\p{N}]+/gu;
const COMBINING = /\p{M}+/gu;
// After these (skipping spaces) a capital is expected anyway.
const OPENS_SENTENCE = /[.!?…:;«“"‘(\[—–\-•]/u;

export function fold(s: string): string {
  return s.normalize('NFD').replace(COMBINING, '').toLowerCase().replace(/œ/g, 'oe').replace(/æ/g, 'ae').replace(/ß/g, 'ss');
}

function isInitial(text: string, index: number): boolean {
  for (let i = index - 1; i >= 0; i--) {
    const c = text[i] as string;
    if (c === '\n') return true;
    if (c === ' ' || c === '\t' || c === '\u00A0' || c === '\u202F') continue;
    return OPENS_SENTENCE.test(c);
  }
  return true;
}

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  // Folding (NFD) is the costly step and news repeats its words: fold each spelling once.
  const folded = new Map<string, string>();
  for (const m of text.matchAll(WORD)) {
    const raw = m[0];
    const first = raw.charAt(0);
    let f = folded.get(raw);
    if (f === undefined) folded.set(raw, (f = fold(raw)));
    out.push({
      raw,
      folded: f,
      capital: first !== first.toLowerCase(),
      initial: isInitial(text, m.index),
    });
  }
  return out;
}
