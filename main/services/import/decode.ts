import { WorkbenchError } from '../../../shared/api/errors.js';
import { extractDocxText } from './docx-text.js';
import { requireFormat } from './formats.js';
import { declaredHtmlCharset } from './html-charset.js';
import { extractHtmlText } from './html-text.js';
import { detectLineEnding, isBlank, normalizeText } from './normalize.js';
import { decodeTextBytes } from './text-decoding.js';
import { MAX_IMPORT_BYTES, type DecodedFile, type DecodeOptions } from './types.js';

// Decoding rules (the user-facing summary lives in the report / docs):
//  - Format by extension only (.txt, .md/.markdown, .html/.htm, .docx), never by content.
//  - Checks, in order: unsupported extension; size > MAX_IMPORT_BYTES; 0 bytes → import.empty.
//  - Text encoding: editor's forced encoding > BOM > strict UTF-8 > (HTML) <meta charset>
//    > legacy rule in legacy-encoding.ts (windows-1252 for Latin text, else ask the editor).
//  - Binary: any NUL byte (outside UTF-16) or > 2 % control characters → import.binary.
//  - Normalisation: \r\n and \r → \n, NFC; both recorded. Nothing is trimmed.
//  - Whitespace-only result → import.empty.

function assertNotBlank(text: string, fileName: string): void {
  if (isBlank(text)) throw new WorkbenchError('import.empty', {}, `${fileName} has no text`);
}

export async function decodeFile(bytes: Uint8Array, fileName: string, opts: DecodeOptions = {}): Promise<DecodedFile> {
  const format = requireFormat(fileName);
  if (bytes.length > MAX_IMPORT_BYTES) {
    throw new WorkbenchError('import.tooLarge', { size: bytes.length, limit: MAX_IMPORT_BYTES });
  }
  if (bytes.length === 0) throw new WorkbenchError('import.empty', {}, `${fileName} is 0 bytes`);

  if (format === 'docx') {
    // Word stores text as XML inside a zip, so there is no encoding or BOM to report.
    const text = await extractDocxText(bytes);
    const normalized = normalizeText(text);
    assertNotBlank(normalized.text, fileName);
    return { ...normalized, format, encoding: 'utf-8', bom: false };
  }

  const declared = format === 'html' ? declaredHtmlCharset(bytes) : undefined;
  const decoded = decodeTextBytes(bytes, { forced: opts.encoding, declared });

  if (format === 'html') {
    // lineEnding describes the source file; the extracted text only ever contains \n.
    const lineEnding = detectLineEnding(decoded.text);
    const extracted = extractHtmlText(decoded.text);
    const nfc = extracted.normalize('NFC');
    assertNotBlank(nfc, fileName);
    return { text: nfc, format, encoding: decoded.encoding, bom: decoded.bom, lineEnding, normalized: nfc !== extracted };
  }

  const normalized = normalizeText(decoded.text);
  assertNotBlank(normalized.text, fileName);
  return { ...normalized, format, encoding: decoded.encoding, bom: decoded.bom };
}
