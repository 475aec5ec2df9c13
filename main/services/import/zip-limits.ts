// Bounds a .docx before any library inflates it. A zip's central directory declares each entry's
// sizes; a bomb either declares huge sizes or lies. So: the entry count and the declared sizes are
// checked first, then every XML part (what a Word reader parses) is inflated with a hard output
// cap equal to what it declared — a part that inflates past its declaration is refused. After
// this, the reader inflates at most the bytes checked here.
import { inflateRawSync } from 'node:zlib';
import { WorkbenchError } from '../../../shared/api/errors.js';

export interface ZipLimits {
  /** Entries in the archive (a Word file has a few dozen; images add one each). */
  maxEntries: number;
  /** Total inflated size of the XML parts (document, styles, notes…). */
  maxXmlBytes: number;
  /** Declared inflated size of everything (media included). */
  maxTotalBytes: number;
}

export const DOCX_LIMITS: ZipLimits = {
  maxEntries: 5000,
  // The Word reader (mammoth) needs about 1 s and 80 MB per MB of XML (bench/hostile.ts): 8 MB
  // keeps a file within 10 s and 1 GB, and is some 5 MB of text — hundreds of news articles.
  maxXmlBytes: 8 * 1024 * 1024,
  maxTotalBytes: 1024 * 1024 * 1024,
};

interface Entry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

const EOCD_SIG = 0x06054b50;
const CEN_SIG = 0x02014b50;
const LOC_SIG = 0x04034b50;

/** The central directory, or null when the bytes are not a readable zip (the reader then says why). */
function centralDirectory(buf: Buffer): { entries: Entry[]; declaredCount: number } | null {
  const min = Math.max(0, buf.length - 22 - 0xffff);
  let eocd = -1;
  for (let i = buf.length - 22; i >= min; i--) {
    if (buf.readUInt32LE(i) === EOCD_SIG) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  const declaredCount = buf.readUInt16LE(eocd + 10);
  const cdSize = buf.readUInt32LE(eocd + 12);
  const cdOffset = buf.readUInt32LE(eocd + 16);
  if (cdOffset + cdSize > buf.length) return null;
  const entries: Entry[] = [];
  let p = cdOffset;
  while (p + 46 <= cdOffset + cdSize && buf.readUInt32LE(p) === CEN_SIG) {
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    entries.push({
      method: buf.readUInt16LE(p + 10),
      compressedSize: buf.readUInt32LE(p + 20),
      size: buf.readUInt32LE(p + 24),
      name: buf.toString('utf8', p + 46, p + 46 + nameLen),
      localOffset: buf.readUInt32LE(p + 42),
    });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return { entries, declaredCount };
}

const isXmlPart = (name: string) => /\.(xml|rels)$/i.test(name);

export function checkZipBounds(bytes: Uint8Array, limits: ZipLimits = DOCX_LIMITS): void {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const cd = centralDirectory(buf);
  if (!cd) return;
  const count = Math.max(cd.entries.length, cd.declaredCount);
  if (count > limits.maxEntries) throw new WorkbenchError('import.tooManyEntries', { count, limit: limits.maxEntries });
  let total = 0;
  let xml = 0;
  for (const e of cd.entries) {
    // 0xFFFFFFFF means "see the zip64 field": no Word file needs 4 GB parts.
    if (e.size === 0xffffffff || e.compressedSize === 0xffffffff) throw new WorkbenchError('import.tooLargeUnpacked', { limit: limits.maxTotalBytes });
    total += e.size;
    if (total > limits.maxTotalBytes) throw new WorkbenchError('import.tooLargeUnpacked', { limit: limits.maxTotalBytes });
    if (!isXmlPart(e.name)) continue;
    xml += e.size;
    if (xml > limits.maxXmlBytes) throw new WorkbenchError('import.tooLargeUnpacked', { limit: limits.maxXmlBytes });
    const actual = inflatedSize(buf, e);
    if (actual === null) continue;
    if (actual > e.size) throw new WorkbenchError('import.tooLargeUnpacked', { limit: limits.maxXmlBytes }, `${e.name} inflates past its declared size`);
  }
}

/** Inflates one entry with the output capped one byte past its declared size; null if unreadable here. */
function inflatedSize(buf: Buffer, e: Entry): number | null {
  const p = e.localOffset;
  if (p + 30 > buf.length || buf.readUInt32LE(p) !== LOC_SIG) return null;
  const start = p + 30 + buf.readUInt16LE(p + 26) + buf.readUInt16LE(p + 28);
  const end = start + e.compressedSize;
  if (end > buf.length) return null;
  if (e.method === 0) return e.compressedSize;
  if (e.method !== 8) return null;
  try {
    return inflateRawSync(buf.subarray(start, end), { maxOutputLength: e.size + 1 }).length;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') return e.size + 1;
    return null; // no-log: damaged data: the reader reports it
  }
}
