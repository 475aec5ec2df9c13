import { extname, basename } from 'node:path';
import { WorkbenchError } from '../../../shared/api/errors.js';
import { SUPPORTED_EXTENSIONS, type SourceFormat } from './types.js';

// The format comes from the extension only. Content sniffing is deliberately avoided:
// plain text that happens to start with "Blink" is reported as an archive by `file`.
const FORMAT_BY_EXTENSION: Record<(typeof SUPPORTED_EXTENSIONS)[number], SourceFormat> = {
  '.txt': 'txt',
  '.md': 'md',
  '.markdown': 'md',
  '.html': 'html',
  '.htm': 'html',
  '.docx': 'docx',
};

function isSupportedExtension(ext: string): ext is keyof typeof FORMAT_BY_EXTENSION {
  return Object.hasOwn(FORMAT_BY_EXTENSION, ext);
}

/** The format for a file name, or null when the extension is not one we import. */
export function formatForFileName(fileName: string): SourceFormat | null {
  const ext = extname(fileName).toLowerCase();
  return isSupportedExtension(ext) ? FORMAT_BY_EXTENSION[ext] : null;
}

/** Like formatForFileName, but throws import.unsupportedType. */
export function requireFormat(fileName: string): SourceFormat {
  const format = formatForFileName(fileName);
  if (format) return format;
  // With no extension at all, the bare name is the most useful thing to show.
  const ext = extname(fileName).toLowerCase() || basename(fileName);
  throw new WorkbenchError('import.unsupportedType', { ext }, `unsupported extension in ${fileName}`);
}
