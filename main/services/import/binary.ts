import { WorkbenchError } from '../../../shared/api/errors.js';

/**
 * Above this share of control characters a file is treated as binary. Real text has none
 * (tab, LF, CR and form feed excepted); random binary data has about 12 %. 2 % leaves room
 * for a stray DOS end-of-file mark or a vertical tab pasted from Word in a normal-sized text.
 */
export const MAX_CONTROL_RATIO = 0.02;

function isControl(unit: number): boolean {
  if (unit === 0x09 || unit === 0x0a || unit === 0x0c || unit === 0x0d) return false;
  return unit < 0x20 || unit === 0x7f;
}

function controlRatio(length: number, unitAt: (i: number) => number): number {
  if (length === 0) return 0;
  let controls = 0;
  for (let i = 0; i < length; i++) if (isControl(unitAt(i))) controls++;
  return controls / length;
}

/**
 * Binary check on raw bytes, for every encoding that shares ASCII's lower half (UTF-8 and the
 * legacy single-byte ones). Any NUL byte is enough: no such text contains one.
 */
export function assertTextBytes(bytes: Uint8Array): void {
  const nul = bytes.indexOf(0);
  if (nul >= 0) throw new WorkbenchError('import.binary', {}, `NUL byte at offset ${nul}`);
  const ratio = controlRatio(bytes.length, (i) => bytes[i]!);
  if (ratio > MAX_CONTROL_RATIO) {
    throw new WorkbenchError('import.binary', {}, `${(ratio * 100).toFixed(1)}% control bytes`);
  }
}

/** Binary check on decoded text, for UTF-16 (where NUL bytes are normal but U+0000 is not). */
export function assertTextChars(text: string): void {
  if (text.includes('\0')) throw new WorkbenchError('import.binary', {}, 'U+0000 in decoded text');
  const ratio = controlRatio(text.length, (i) => text.charCodeAt(i));
  if (ratio > MAX_CONTROL_RATIO) {
    throw new WorkbenchError('import.binary', {}, `${(ratio * 100).toFixed(1)}% control characters`);
  }
}
