export type BomEncoding = 'utf-8' | 'utf-16le' | 'utf-16be';

export interface Bom {
  encoding: BomEncoding;
  length: number;
}

/**
 * The byte-order mark at the start of bytes, if any. UTF-32 is not recognised on purpose:
 * FF FE 00 00 is far more likely a UTF-16LE file starting with U+0000 (i.e. binary).
 */
export function detectBom(bytes: Uint8Array): Bom | null {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { encoding: 'utf-8', length: 3 };
  }
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return null;
}
