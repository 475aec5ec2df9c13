// Hostile but small input files, generated on demand (never committed): zip bombs dressed as
// .docx, pathological HTML, and texts built to make splitters, tokenisers and spell checkers go
// quadratic. Used by tests (small sizes) and by bench/hostile.ts (the sizes that broke the app).
import { crc32, createDeflateRaw } from 'node:zlib';

interface ZipEntry {
  name: string;
  /** The content as repeated chunks (so gigabytes never sit in memory). */
  chunks: () => Iterable<Buffer>;
  /** Write this size into the headers instead of the real one (a lying bomb). */
  declaredSize?: number;
}

async function deflate(chunks: Iterable<Buffer>): Promise<{ data: Buffer; size: number; crc: number }> {
  const z = createDeflateRaw({ level: 9 });
  const out: Buffer[] = [];
  z.on('data', (d: Buffer) => out.push(d));
  const done = new Promise<void>((resolve, reject) => {
    z.once('end', resolve);
    z.once('error', reject);
  });
  let size = 0;
  let crc = 0;
  for (const c of chunks) {
    size += c.length;
    crc = crc32(c, crc);
    if (!z.write(c)) await new Promise((r) => z.once('drain', r));
  }
  z.end();
  await done;
  return { data: Buffer.concat(out), size, crc };
}

/** A minimal zip writer (deflate entries, no zip64). */
export async function makeZip(entries: ZipEntry[]): Promise<Buffer> {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const { data, size, crc } = await deflate(e.chunks());
    const declared = e.declaredSize ?? size;
    const name = Buffer.from(e.name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc >>> 0, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(declared, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc >>> 0, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(declared, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, data);
    centrals.push(central, name);
    offset += local.length + name.length + data.length;
  }
  const cd = Buffer.concat(centrals);
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0);
  eocd.writeUInt16LE(entries.length, 8);
  eocd.writeUInt16LE(entries.length, 10);
  eocd.writeUInt32LE(cd.length, 12);
  eocd.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, eocd]);
}

const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
  '<Default Extension="xml" ContentType="application/xml"/>' +
  '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';
const RELS =
  '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>';
const DOC_HEAD = '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>';
const DOC_TAIL = '</w:body></w:document>';

function* repeated(head: string, unit: string, bytes: number, tail: string): Iterable<Buffer> {
  yield Buffer.from(head);
  const block = Buffer.from(unit.repeat(Math.max(1, Math.floor((1 << 20) / unit.length))));
  let left = bytes;
  while (left > 0) {
    const b = left >= block.length ? block : block.subarray(0, left - (left % unit.length) || unit.length);
    yield b;
    left -= b.length;
  }
  yield Buffer.from(tail);
}

/** A .docx whose body inflates to about `bytes` of paragraphs (a zip bomb when bytes is large). */
export function docxWithBody(bytes: number, opts: { lieAboutSize?: boolean } = {}): Promise<Buffer> {
  const para = '<w:p><w:r><w:t>All work and no play makes a dull document. </w:t></w:r></w:p>';
  return makeZip([
    { name: '[Content_Types].xml', chunks: () => [Buffer.from(CONTENT_TYPES)] },
    { name: '_rels/.rels', chunks: () => [Buffer.from(RELS)] },
    { name: 'word/document.xml', chunks: () => repeated(DOC_HEAD, para, bytes, DOC_TAIL), ...(opts.lieAboutSize ? { declaredSize: 4096 } : {}) },
  ]);
}

/** A .docx with very many (empty) parts. */
export async function docxWithEntries(count: number): Promise<Buffer> {
  const entries: ZipEntry[] = [
    { name: '[Content_Types].xml', chunks: () => [Buffer.from(CONTENT_TYPES)] },
    { name: '_rels/.rels', chunks: () => [Buffer.from(RELS)] },
    { name: 'word/document.xml', chunks: () => [Buffer.from(`${DOC_HEAD}<w:p><w:r><w:t>Hello.</w:t></w:r></w:p>${DOC_TAIL}`)] },
  ];
  for (let i = 0; i < count; i++) entries.push({ name: `word/media/x${i}.bin`, chunks: () => [Buffer.from('x')] });
  return makeZip(entries);
}

export const hostileText = {
  /** Unclosed <div>s: a parser with an O(depth) stack goes quadratic. */
  unclosedDivs: (bytes: number) => '<html><body>' + '<div>'.repeat(Math.floor(bytes / 5)) + 'text',
  /** Closed tags nested very deep: recursive walkers overflow the stack. */
  nestedTags: (depth: number) => '<html><body>' + '<span>'.repeat(depth) + 'deep' + '</span>'.repeat(depth),
  /** One word of `length` letters (spell suggesters are O(L²) in the word length). */
  longWord: (length: number) => 'A sentence with ' + 'a'.repeat(length) + ' in it.\n',
  /** A run of dots (sentence splitters backtrack on runs). */
  dots: (count: number) => 'It ended' + '.'.repeat(count) + ' Then more.\n',
  /** Words without any punctuation or line break: one sentence of `bytes`. */
  unpunctuated: (bytes: number) => {
    const words = ['river', 'table', 'morning', 'green', 'window', 'quietly', 'paper', 'north', 'seven', 'market'];
    const out: string[] = [];
    let n = 0;
    for (let i = 0; n < bytes; i++) {
      const w = words[(i * 7 + (i >> 3)) % words.length]!;
      out.push(w);
      n += w.length + 1;
    }
    return out.join(' ');
  },
  /** Ordinary prose (varied sentences, paragraphs) of about `bytes`. */
  ordinary: (bytes: number) => {
    const subjects = ['The council', 'A spokesperson', 'The minister', 'Local residents', 'The committee', 'Researchers'];
    const verbs = ['said', 'announced', 'confirmed', 'reported', 'denied', 'suggested'];
    const objects = [
      'that the bridge would reopen in spring',
      'a new plan for the harbour',
      'the results of the survey',
      'that talks would continue',
      'an increase in funding',
      'the delay of the vote',
    ];
    const parts: string[] = [];
    let n = 0;
    for (let i = 0; n < bytes; i++) {
      const s = `${subjects[i % 6]} ${verbs[(i >> 1) % 6]} ${objects[(i >> 2) % 6]} on day ${i % 365}.`;
      parts.push(i % 8 === 7 ? `${s}\n\n` : `${s} `);
      n += s.length + 1;
    }
    return parts.join('');
  },
};
