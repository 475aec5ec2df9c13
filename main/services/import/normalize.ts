import type { LineEnding } from './types.js';

export interface NormalizedText {
  text: string;
  lineEnding: LineEnding;
  normalized: boolean;
}

/** The line-ending style of text, so exports can write the file back the way it came. */
export function detectLineEnding(text: string): LineEnding {
  let lf = 0;
  let crlf = 0;
  let cr = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0d) {
      if (text.charCodeAt(i + 1) === 0x0a) {
        crlf++;
        i++;
      } else cr++;
    } else if (c === 0x0a) lf++;
  }
  const kinds = (lf > 0 ? 1 : 0) + (crlf > 0 ? 1 : 0) + (cr > 0 ? 1 : 0);
  if (kinds === 0) return 'none';
  if (kinds > 1) return 'mixed';
  return lf > 0 ? 'lf' : crlf > 0 ? 'crlf' : 'cr';
}

/** Line endings → \n and Unicode → NFC; nothing else changes (no trimming, no tab expansion). */
export function normalizeText(text: string): NormalizedText {
  const lineEnding = detectLineEnding(text);
  const unified = text.replace(/\r\n?/g, '\n');
  const nfc = unified.normalize('NFC');
  return { text: nfc, lineEnding, normalized: nfc !== unified };
}

/** True when text has nothing but whitespace (an empty import). */
export function isBlank(text: string): boolean {
  return !/\S/u.test(text); // \s covers NBSP and U+FEFF too
}
