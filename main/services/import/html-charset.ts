import iconv from 'iconv-lite';
import { canonicalEncoding } from './encoding-names.js';

// Like a browser's pre-scan: the declaration must sit near the top, and is read as ASCII.
const PRESCAN_BYTES = 1024;
const META_CHARSET = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([a-z0-9_:.+-]+)/i;

/**
 * The encoding an HTML document declares in <meta charset> or <meta http-equiv content=…>,
 * as an iconv-lite name, or undefined. Follows the WHATWG Encoding Standard where it matters:
 * ISO-8859-1 and US-ASCII labels mean windows-1252, and a UTF-16 label in a <meta> that was
 * itself readable as ASCII can only mean UTF-8.
 */
export function declaredHtmlCharset(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, PRESCAN_BYTES)).toString('latin1');
  const label = META_CHARSET.exec(head)?.[1];
  if (!label || !iconv.encodingExists(label)) return undefined;
  const encoding = canonicalEncoding(label);
  if (encoding.startsWith('utf-16') || encoding.startsWith('utf-32')) return 'utf-8';
  if (encoding === 'iso-8859-1' || encoding === 'us-ascii') return 'windows-1252';
  return encoding;
}
