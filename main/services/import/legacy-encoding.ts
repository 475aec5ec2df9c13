import chardet from 'chardet';
import iconv from 'iconv-lite';
import { WorkbenchError } from '../../../shared/api/errors.js';
import { canonicalEncoding } from './encoding-names.js';
import type { Utf8Scan } from './utf8.js';

// Rule for bytes that are not valid UTF-8 and carry no BOM (see docs in decode.ts):
//  1. Mostly well-formed UTF-8 with a few bad bytes → damaged UTF-8: import.invalidUtf8 at the
//     first bad byte. Guessing a legacy encoding there would turn every accent into mojibake.
//  2. Looks like Latin-script text → windows-1252. It is what Western editors' tools write,
//     and it is a superset of ISO-8859-1's printable characters (browsers read ISO-8859-1 as
//     windows-1252 too). chardet is not trusted here: it calls short French windows-1252
//     text ISO-8859-2 or windows-1250.
//  3. Otherwise (Cyrillic, Greek, random high bytes…) → import.unknownEncoding, so the editor
//     chooses; chardet's guess is passed along in params.guess only as a suggestion.

// Bytes with no character in windows-1252: their presence rules that encoding out.
const UNDEFINED_IN_WINDOWS_1252 = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);

/** In Latin text, non-ASCII bytes are isolated accents; runs of 3+ mean another script. */
const LONG_RUN = 3;
const MAX_LONG_RUN_SHARE = 0.2;

export function looksLikeLatinText(bytes: Uint8Array): boolean {
  let high = 0;
  let inLongRuns = 0;
  let run = 0;
  for (const b of bytes) {
    if (b >= 0x80) {
      if (UNDEFINED_IN_WINDOWS_1252.has(b)) return false;
      high++;
      run++;
    } else {
      if (run >= LONG_RUN) inLongRuns += run;
      run = 0;
    }
  }
  if (run >= LONG_RUN) inLongRuns += run;
  return inLongRuns <= high * MAX_LONG_RUN_SHARE;
}

/** chardet's best guess as an iconv-lite encoding name, or undefined. */
export function chardetHint(bytes: Uint8Array): string | undefined {
  const name = chardet.detect(bytes);
  return name && iconv.encodingExists(name) ? canonicalEncoding(name) : undefined;
}

/** Picks the encoding for invalid-UTF-8 bytes without BOM, or throws (rules above). */
export function chooseLegacyEncoding(bytes: Uint8Array, scan: Utf8Scan): string {
  if (scan.multibyteCount > 0 && scan.multibyteCount >= scan.invalidCount) {
    throw new WorkbenchError(
      'import.invalidUtf8',
      { offset: scan.firstInvalid },
      `${scan.invalidCount} invalid sequence(s) among ${scan.multibyteCount} valid multi-byte ones`,
    );
  }
  if (looksLikeLatinText(bytes)) return 'windows-1252';
  const guess = chardetHint(bytes);
  throw new WorkbenchError('import.unknownEncoding', guess ? { guess } : {}, `not UTF-8 and not Latin text${guess ? `; chardet suggests ${guess}` : ''}`);
}
