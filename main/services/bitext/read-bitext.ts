// A bilingual file (TMX, TSV, XLIFF 1.x/2.x) from its bytes: the encoding comes from the BOM, the
// XML declaration (UTF-16 without BOM is recognised by its "<?" bytes) or the bytes themselves
// (import/text-decoding.ts), then the reader of its kind. Used by the app's import and the CLI.
import path from 'node:path';
import type { BitextFormat, BitextReadOptions, ImportedBitext } from '../../../shared/export/imported.js';
import { readTmx } from '../../../shared/export/tmx-read.js';
import { readTsv, type TsvReadOptions } from '../../../shared/export/tsv-read.js';
import { readXliff } from '../../../shared/export/xliff-read.js';
import { canonicalEncoding } from '../import/encoding-names.js';
import { decodeTextBytes } from '../import/text-decoding.js';

export const BITEXT_EXTENSIONS = ['.tmx', '.tsv', '.tab', '.xlf', '.xliff', '.xlz'] as const;

/** The kind of bilingual file a name says, or null (a plain document). */
export function bitextKind(name: string): 'tmx' | 'tsv' | 'xliff' | null {
  const ext = path.extname(name).toLowerCase();
  if (ext === '.tmx') return 'tmx';
  if (ext === '.tsv' || ext === '.tab') return 'tsv';
  if (ext === '.xlf' || ext === '.xliff') return 'xliff';
  return null;
}

/** The encoding an XML declaration names, read from the ASCII-compatible start of the bytes. */
export function xmlDeclaredEncoding(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.subarray(0, 200)).toString('latin1');
  const m = /^(?:\uFEFF|\xEF\xBB\xBF)?<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._-]+)["']/.exec(head);
  return m?.[1];
}

/** UTF-16 without a BOM: "<?" (or "<t") written with a zero byte beside each letter. */
function bomlessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  if (bytes.length < 4) return undefined;
  if (bytes[0] === 0x3c && bytes[1] === 0 && bytes[3] === 0) return 'utf-16le';
  if (bytes[0] === 0 && bytes[1] === 0x3c && bytes[2] === 0) return 'utf-16be';
  return undefined;
}

export interface DecodedBitext {
  text: string;
  encoding: string;
}

export function decodeBitextBytes(bytes: Uint8Array, kind: 'tmx' | 'tsv' | 'xliff'): DecodedBitext {
  if (kind !== 'tsv') {
    const u16 = bomlessUtf16(bytes);
    if (u16) return { text: decodeTextBytes(bytes, { forced: u16 }).text, encoding: u16 };
  }
  let declared = kind === 'tsv' ? undefined : xmlDeclaredEncoding(bytes);
  if (declared) {
    try {
      declared = canonicalEncoding(declared);
    } catch {
      declared = undefined; /* no-log: an unknown declared encoding is ignored; the bytes decide */
    }
  }
  // A UTF-16 declaration under a UTF-8 reading means a BOM carried the truth; else the bytes decide.
  const d = decodeTextBytes(bytes, declared && !declared.startsWith('utf-') ? { declared } : {});
  return { text: d.text.replace(/^\uFEFF/, ''), encoding: d.encoding };
}

export interface BitextFileOptions extends BitextReadOptions {
  tsvHeader?: TsvReadOptions['header'];
}

/** Reads a bilingual file; throws ImportFormatError (bad content) or WorkbenchError (bad bytes). */
export function readBitextBytes(bytes: Uint8Array, name: string, opts: BitextFileOptions = {}): ImportedBitext & { encoding: string } {
  const kind = bitextKind(name);
  if (!kind) throw new Error(`not a bilingual file: ${name}`);
  const { text, encoding } = decodeBitextBytes(bytes, kind);
  const read = { ...(opts.languages ? { languages: opts.languages } : {}), ...(opts.prefer ? { prefer: opts.prefer } : {}) };
  const out =
    kind === 'tmx'
      ? readTmx(text, read)
      : kind === 'tsv'
        ? readTsv(text, { ...read, ...(opts.tsvHeader ? { header: opts.tsvHeader } : {}) })
        : readXliff(text, read);
  return { ...out, encoding };
}

export function isBitextFormat(f: string): f is BitextFormat {
  return f === 'tmx' || f === 'tsv' || f === 'xliff12' || f === 'xliff2';
}
