import mammoth from 'mammoth';
import { WorkbenchError } from '../../../shared/api/errors.js';
import { MAX_IMPORT_BYTES } from './types.js';
import { checkZipBounds } from './zip-limits.js';

/** A short, stable reason for import.docxInvalid instead of a library's internal message. */
function docxFailureReason(err: unknown, bytes: Uint8Array): string {
  // Password-protected .docx and old binary .doc are OLE compound files, not zips: say so,
  // since "not a zip" means nothing to an editor holding a file Word opens fine.
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) {
    return 'encrypted or old-format Word file';
  }
  const message = err instanceof Error ? err.message : String(err);
  if (/is this a zip file/i.test(message)) return 'not a zip archive';
  if (/corrupted zip|central directory|end of data|signature/i.test(message)) return 'damaged zip archive';
  if (/main document|document\.xml/i.test(message)) return 'no Word document body in the archive';
  if (/xml|parse|unexpected/i.test(message)) return 'damaged document XML';
  return message.split('\n')[0]!.slice(0, 200);
}

/**
 * Raw text of a .docx, one paragraph per block separated by a blank line. mammoth ends every
 * paragraph with "\n\n", empty paragraphs included; those runs are reduced to one blank line
 * and the trailing one removed, since they are layout, not the editor's text.
 */
export async function extractDocxText(bytes: Uint8Array): Promise<string> {
  // Zip bombs are refused before anything is inflated without a bound.
  checkZipBounds(bytes);
  let raw: string;
  try {
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    raw = (await mammoth.extractRawText({ buffer })).value;
  } catch (err) {
    throw new WorkbenchError('import.docxInvalid', { reason: docxFailureReason(err, bytes) }, String(err));
  }
  // The size limit is about the text: a small archive may not unpack into an oversized document.
  if (raw.length > MAX_IMPORT_BYTES) throw new WorkbenchError('import.tooLarge', { size: raw.length, limit: MAX_IMPORT_BYTES });
  return raw
    .replace(/\r\n?/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .replace(/^\n+|\n+$/g, '');
}
