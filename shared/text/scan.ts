// Fast word scanner (letters and combining marks, inner apostrophes kept), by char code: the
// language detector's words. Part of the shared text primitives; a regex with \p{L} allocates a
// match object per word, which dominated profiles.

const APOSTROPHES = new Set([0x27, 0x2019, 0x2bc]);
// Lazily filled letter table for the Basic Multilingual Plane: 0 unknown, 1 letter, 2 not.
const letterTable = new Uint8Array(65536);
const LETTER = /[\p{L}\p{M}]/u;

export function isLetter(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  let k = letterTable[c]!;
  if (k === 0) {
    // Surrogate halves are not letters here: astral scripts are left to franc.
    k = c >= 0xd800 && c <= 0xdfff ? 2 : LETTER.test(String.fromCharCode(c)) ? 1 : 2;
    letterTable[c] = k;
  }
  return k === 1;
}

/** Calls `onWord` with each word's text, whether it contains an apostrophe, and its offset. */
export function scanWords(text: string, onWord: (word: string, hasApostrophe: boolean, start: number) => void): void {
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (!isLetter(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    let apostrophe = false;
    i++;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (isLetter(c)) i++;
      else if (APOSTROPHES.has(c) && i + 1 < n && isLetter(text.charCodeAt(i + 1))) {
        apostrophe = true;
        i += 2;
      } else break;
    }
    onWord(text.slice(start, i), apostrophe, start);
  }
}
