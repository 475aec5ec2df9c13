// A hand-written UTF-8 scan: TextDecoder's fatal mode says *whether* bytes are valid, but the
// editor needs *where* they are not (import.invalidUtf8 carries the byte offset), and the
// encoding guesser needs to know how much well-formed multi-byte UTF-8 surrounds the damage.

export interface Utf8Scan {
  /** Offset of the first byte that starts an invalid sequence, or -1 when all bytes are valid. */
  firstInvalid: number;
  /** Number of invalid sequences (each counted once, resynchronising at the next byte). */
  invalidCount: number;
  /** Number of well-formed 2–4 byte sequences (i.e. real non-ASCII UTF-8 characters). */
  multibyteCount: number;
}

/** Length of the valid sequence starting at i, or 0 when the bytes there are not valid UTF-8. */
function sequenceLength(bytes: Uint8Array, i: number): number {
  const b0 = bytes[i]!;
  if (b0 < 0x80) return 1;
  let length: number;
  let min = 0x80;
  let max = 0xbf; // allowed range for the second byte (RFC 3629 table, excludes overlongs/surrogates)
  if (b0 >= 0xc2 && b0 <= 0xdf) length = 2;
  else if (b0 >= 0xe0 && b0 <= 0xef) {
    length = 3;
    if (b0 === 0xe0) min = 0xa0;
    if (b0 === 0xed) max = 0x9f;
  } else if (b0 >= 0xf0 && b0 <= 0xf4) {
    length = 4;
    if (b0 === 0xf0) min = 0x90;
    if (b0 === 0xf4) max = 0x8f;
  } else return 0;
  if (i + length > bytes.length) return 0;
  const b1 = bytes[i + 1]!;
  if (b1 < min || b1 > max) return 0;
  for (let k = 2; k < length; k++) {
    const b = bytes[i + k]!;
    if (b < 0x80 || b > 0xbf) return 0;
  }
  return length;
}

export function scanUtf8(bytes: Uint8Array): Utf8Scan {
  let firstInvalid = -1;
  let invalidCount = 0;
  let multibyteCount = 0;
  let i = 0;
  while (i < bytes.length) {
    const length = sequenceLength(bytes, i);
    if (length === 0) {
      if (firstInvalid < 0) firstInvalid = i;
      invalidCount++;
      i++;
    } else {
      if (length > 1) multibyteCount++;
      i += length;
    }
  }
  return { firstInvalid, invalidCount, multibyteCount };
}
