import iconv from 'iconv-lite';
import { WorkbenchError } from '../../../shared/api/errors.js';
import { assertTextBytes, assertTextChars } from './binary.js';
import { detectBom, type Bom } from './bom.js';
import { isUtf16Or32, requireKnownEncoding } from './encoding-names.js';
import { chooseLegacyEncoding } from './legacy-encoding.js';
import { scanUtf8 } from './utf8.js';

export interface DecodedBytes {
  /** Decoded text, BOM removed, otherwise untouched (line endings and NFC are handled later). */
  text: string;
  encoding: string;
  bom: boolean;
}

export interface TextDecodingOptions {
  /** Editor's choice; wins over everything else. */
  forced?: string;
  /** Encoding the document declares about itself (HTML <meta charset>); used only when the bytes are not valid UTF-8. */
  declared?: string;
}

// ignoreBOM: true keeps a U+FEFF that is *content* (we strip the leading BOM ourselves).
const utf8Decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

function decodeStrictUtf8(body: Uint8Array, offsetBase: number): string {
  assertTextBytes(body);
  const scan = scanUtf8(body);
  if (scan.firstInvalid >= 0) {
    throw new WorkbenchError('import.invalidUtf8', { offset: scan.firstInvalid + offsetBase }, 'strict UTF-8 required');
  }
  return utf8Decoder.decode(body);
}

function decodeWith(body: Uint8Array, encoding: string): string {
  const text = iconv.decode(body, encoding, { stripBOM: false });
  assertTextChars(text);
  return text;
}

function bomMatches(bom: Bom | null, encoding: string): bom is Bom {
  if (!bom) return false;
  return bom.encoding === encoding || (encoding === 'utf-16' && bom.encoding !== 'utf-8');
}

function decodeForced(bytes: Uint8Array, encoding: string, bom: Bom | null): DecodedBytes {
  // A BOM is honoured only when it agrees with the editor's choice; otherwise the editor
  // asked for these bytes to be read as `encoding`, BOM bytes included.
  const strip = bomMatches(bom, encoding);
  const body = strip ? bytes.subarray(bom.length) : bytes;
  const offsetBase = strip ? bom.length : 0;
  if (encoding === 'utf-8') return { text: decodeStrictUtf8(body, offsetBase), encoding, bom: strip };
  // Generic "utf-16" with a BOM: the BOM tells the byte order.
  const decodeAs = strip && isUtf16Or32(encoding) ? bom.encoding : encoding;
  return { text: decodeWith(body, decodeAs), encoding, bom: strip };
}

/**
 * Bytes → text. Order: forced encoding; BOM; valid UTF-8; declared encoding; legacy rule
 * (legacy-encoding.ts). Throws import.binary / import.invalidUtf8 / import.unknownEncoding.
 */
export function decodeTextBytes(bytes: Uint8Array, opts: TextDecodingOptions = {}): DecodedBytes {
  const bom = detectBom(bytes);
  if (opts.forced !== undefined) return decodeForced(bytes, requireKnownEncoding(opts.forced), bom);
  if (bom) {
    const body = bytes.subarray(bom.length);
    const text = bom.encoding === 'utf-8' ? decodeStrictUtf8(body, bom.length) : decodeWith(body, bom.encoding);
    return { text, encoding: bom.encoding, bom: true };
  }
  assertTextBytes(bytes);
  const scan = scanUtf8(bytes);
  if (scan.firstInvalid < 0) return { text: utf8Decoder.decode(bytes), encoding: 'utf-8', bom: false };
  const declared = opts.declared && opts.declared !== 'utf-8' ? opts.declared : undefined;
  const encoding = declared ?? chooseLegacyEncoding(bytes, scan);
  return { text: decodeWith(bytes, encoding), encoding, bom: false };
}
