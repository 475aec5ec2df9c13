// Files that arrive as data (browser uploads): strict base64, and names that cannot point
// anywhere. What the browser calls a relative path is only ever a label inside the project.
import { WorkbenchError } from '../../../shared/api/errors.js';
import { MAX_IMPORT_BYTES } from './types.js';

/** Upload requests handled at once; more are refused (each holds its files in memory). */
export const MAX_UPLOADS_IN_FLIGHT = 4;

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** Decodes standard base64, refusing anything else (Buffer.from would silently skip bad characters). */
export function decodeUpload(data: string): Uint8Array {
  if (data.length % 4 !== 0 || !BASE64.test(data)) throw new WorkbenchError('import.invalidBase64');
  const size = (data.length / 4) * 3 - (data.endsWith('==') ? 2 : data.endsWith('=') ? 1 : 0);
  if (size > MAX_IMPORT_BYTES) throw new WorkbenchError('import.tooLarge', { size, limit: MAX_IMPORT_BYTES });
  return Buffer.from(data, 'base64');
}

const CONTROL = /[\u0000-\u001f\u007f]/g;

/** The last part of a name, whichever separator the sending system used. */
export function uploadName(name: string): string {
  const parts = name
    .replace(CONTROL, '')
    .split(/[\\/]/)
    .filter((p) => p !== '' && p !== '.' && p !== '..');
  return parts[parts.length - 1] ?? 'upload';
}

/** A folder-relative label: '/'-separated, no empty, '.' or '..' parts, no drive or root, no control characters. */
export function sanitizeRelPath(relPath: string | undefined, name: string): string {
  const parts = (relPath ?? '')
    .replace(CONTROL, '')
    .split(/[\\/]/)
    .map((p) => p.trim())
    .filter((p) => p !== '' && p !== '.' && p !== '..' && !/^[A-Za-z]:$/.test(p));
  const out = parts.join('/').slice(-1024);
  return out || uploadName(name);
}
