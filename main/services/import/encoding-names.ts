import iconv from 'iconv-lite';
import { WorkbenchError } from '../../../shared/api/errors.js';

// iconv-lite accepts many spellings ("UTF8", "latin1", "cp1252"); the app shows and stores one
// spelling per encoding so that a project re-opened later compares equal.
const CANONICAL: Record<string, string> = {
  utf8: 'utf-8',
  unicode11utf8: 'utf-8',
  utf16le: 'utf-16le',
  ucs2: 'utf-16le',
  utf16be: 'utf-16be',
  utf16: 'utf-16',
  utf32le: 'utf-32le',
  utf32be: 'utf-32be',
  utf32: 'utf-32',
  windows1252: 'windows-1252',
  win1252: 'windows-1252',
  cp1252: 'windows-1252',
  latin1: 'iso-8859-1',
  l1: 'iso-8859-1',
  iso88591: 'iso-8859-1',
  binary: 'iso-8859-1',
  iso885915: 'iso-8859-15',
  latin9: 'iso-8859-15',
  macintosh: 'macintosh',
  macroman: 'macintosh',
  ascii: 'us-ascii',
  usascii: 'us-ascii',
};

function key(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]/g, '');
}

/** The app's spelling of an encoding name iconv-lite knows (unknown spellings are lower-cased). */
export function canonicalEncoding(name: string): string {
  return CANONICAL[key(name)] ?? name.trim().toLowerCase();
}

/** Validates an editor-chosen encoding; throws import.unknownEncoding if iconv-lite lacks it. */
export function requireKnownEncoding(name: string): string {
  const trimmed = name.trim();
  if (!trimmed || !iconv.encodingExists(trimmed)) {
    throw new WorkbenchError('import.unknownEncoding', { encoding: name }, `unknown encoding "${name}"`);
  }
  return canonicalEncoding(trimmed);
}

export function isUtf16Or32(encoding: string): boolean {
  return /^utf-(16|32)/.test(encoding);
}
