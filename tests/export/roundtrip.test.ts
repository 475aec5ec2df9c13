// Export → import gives back the same segments and metadata (TMX and TSV).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportCorpus } from '../../main/services/export/export-corpus.js';
import { corpusSegments, type ExportSegment } from '../../shared/export/segments.js';
import { emptyRemoved, stripUnsafeChars, toSingleLine } from '../../shared/export/text-clean.js';
import { readTmx } from '../../shared/export/tmx-read.js';
import { readTsv } from '../../shared/export/tsv-read.js';
import { stripCodes } from '../../shared/export/inline.js';
import { hostileCorpus, removeDir, tempDir } from './helpers.js';

const corpus = hostileCorpus();
const expected: ExportSegment[] = [...corpusSegments(corpus, { includeUnconfirmed: true })];
let out: string;

beforeAll(async () => {
  out = tempDir();
  await exportCorpus(corpus, out, { formats: ['tmx', 'tsv'], includeUnconfirmed: true });
});
afterAll(() => removeDir(out));

const metaOf = (s: ExportSegment) => ({
  id: s.id,
  pairId: s.pairId,
  bead: s.bead,
  srcDoc: s.src.docName,
  tgtDoc: s.tgt.docName,
  confidence: s.confidence,
  confirmed: s.confirmed,
  edited: s.edited,
  origin: s.origin,
});

describe('TMX round trip', () => {
  it('gives the same segments and metadata', () => {
    const back = readTmx(readFileSync(path.join(out, 'corpus.tmx'), 'utf8'));
    expect(back.srcLang).toBe('en');
    expect(back.tgtLang).toBe('fr');
    expect(back.warnings).toEqual([]);
    expect(back.header.creationtool).toBe('Bitext Workbench');
    expect(back.header['x-corpus']).toBe(corpus.name);
    expect(back.segments).toHaveLength(expected.length);
    back.segments.forEach((seg, i) => {
      const e = expected[i]!;
      // TMX keeps newlines and tabs; only characters XML cannot hold are gone.
      expect(seg.src).toBe(stripUnsafeChars(e.src.text, emptyRemoved()));
      expect(seg.tgt).toBe(stripUnsafeChars(e.tgt.text, emptyRemoved()));
      const { extra, notes, attrs, ...meta } = seg.meta;
      expect(meta).toEqual(metaOf(e));
      // A bead of several sentences is marked as a paragraph unit (segtype), nothing else.
      expect(attrs).toEqual(e.segtype === 'paragraph' ? { segtype: 'paragraph' } : undefined);
      expect(extra).toEqual({});
      expect(notes).toEqual([]);
    });
  });

  it('keeps CR, tabs, astral characters and NFD exactly', () => {
    const back = readTmx(readFileSync(path.join(out, 'corpus.tmx'), 'utf8'));
    const all = back.segments.map((s) => s.src + s.tgt).join('|');
    expect(all).toContain('Line one\nline two\tafter tab\r\nCRLF\u2028LS');
    expect(all).toContain('𝔘𝔫𝔦');
    expect(all).toContain('e\u0301te\u0301');
    expect(all).toContain('<b>&amp;</b>');
    expect(all).toContain(']]>');
  });
});

describe('TSV round trip', () => {
  it('gives the same (single-line) segments and metadata', () => {
    const back = readTsv(readFileSync(path.join(out, 'corpus.tsv'), 'utf8'));
    expect([back.srcLang, back.tgtLang]).toEqual(['en', 'fr']);
    expect(back.warnings).toEqual([]);
    expect(back.segments).toHaveLength(expected.length);
    back.segments.forEach((seg, i) => {
      const e = expected[i]!;
      expect(seg.src).toBe(toSingleLine(e.src.text, emptyRemoved()).trim());
      expect(seg.tgt).toBe(toSingleLine(e.tgt.text, emptyRemoved()).trim());
      const { extra, notes, ...meta } = seg.meta;
      expect(meta).toEqual(metaOf(e));
      expect(extra).toEqual({});
      expect(notes).toEqual([]);
    });
  });

  it('restores cells that were guarded against formula injection', () => {
    const back = readTsv(readFileSync(path.join(out, 'corpus.tsv'), 'utf8'));
    const src = back.segments.map((s) => s.src);
    expect(src).toContain('=HYPERLINK("http://evil.example","x")');
    expect(src).toContain("'=already guarded");
    expect(back.segments.map((s) => s.tgt)).toContain("''+two quotes");
  });
});

describe('readers on foreign files', () => {
  it("reads another tool's TMX: case-insensitive languages, inline codes kept as placeholders", () => {
    const xml = `<?xml version="1.0"?><tmx version="1.4"><header creationtool="x" creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="EN" srclang="EN-us" datatype="plaintext"/>
      <body><tu><tuv xml:lang="en-US"><seg>Hello <ph x="1">{b}</ph>world</seg></tuv><tuv xml:lang="FR-fr"><seg>Bonjour</seg></tuv></tu>
      <tu><tuv xml:lang="en-us"><seg>Only English</seg></tuv></tu></body></tmx>`;
    const r = readTmx(xml);
    expect(r.srcLang).toBe('en-US');
    expect(r.tgtLang).toBe('fr-FR');
    expect(r.segments).toHaveLength(1);
    expect(r.segments[0]!.tgt).toBe('Bonjour');
    expect(stripCodes(r.segments[0]!.src)).toBe('Hello world');
    expect(r.codes!.src).toEqual([{ kind: 'standalone', format: 'tmx', xml: '<ph x="1">{b}</ph>', native: '{b}' }]);
    expect(r.warnings).toEqual(['tu 2: no fr-FR variant, skipped']);
  });

  it('rejects malformed XML with a reason', () => {
    expect(() => readTmx('<tmx><header></tmx>')).toThrow(/well-formed/);
  });
});
