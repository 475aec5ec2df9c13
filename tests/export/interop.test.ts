// Files written by other tools (../shared/eval/interop, third-party, read only when present):
// every TMX/XLIFF/TSV opens, its text is the same whatever the encoding it is stored in, <hi>
// text is kept, codes become placeholders, and a TMX round trip keeps props, notes and codes.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import { exportCorpus } from '../../main/services/export/export-corpus.js';
import { readBitextBytes } from '../../main/services/bitext/read-bitext.js';
import { stripCodes } from '../../shared/export/inline.js';
import { readTmx } from '../../shared/export/tmx-read.js';
import { readTsv } from '../../shared/export/tsv-read.js';
import type { ImportedBitext } from '../../shared/export/imported.js';
import { corpusOf } from './bitext-fixtures.js';
import { removeDir, root, tempDir } from './helpers.js';

const dir = path.resolve(root, '..', 'shared', 'eval', 'interop');
const present = existsSync(dir);
const files = (sub: string) =>
  existsSync(path.join(dir, sub))
    ? readdirSync(path.join(dir, sub))
        .filter((f) => /\.(tmx|xlf|xliff|tsv)$/i.test(f))
        .map((f) => path.join(sub, f))
    : [];
const all = present ? [...files('tmx-kit'), ...files('tmx-other'), ...files('xliff12'), ...files('xliff2'), ...files('tsv')] : [];
const prefer = ['en', 'fr'];

/** The same document in another encoding (declaration and BOM changed with it). */
function reencode(bytes: Buffer, name: string, to: 'utf-8' | 'utf-16le'): Buffer {
  const text = readBitextBytes(bytes, name, { prefer }).encoding.startsWith('utf-16')
    ? iconv.decode(bytes, readBitextBytes(bytes, name, { prefer }).encoding)
    : bytes.toString('utf8');
  const body = text.replace(/^\uFEFF/, '').replace(/(<\?xml[^>]*encoding=["'])[^"']+/, `$1${to === 'utf-8' ? 'UTF-8' : 'UTF-16'}`);
  return to === 'utf-8' ? Buffer.from(body, 'utf8') : Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(body, 'utf16le')]);
}

describe.skipIf(!present)('interop fixtures (../shared/eval/interop)', () => {
  const outs: string[] = [];
  afterAll(() => outs.forEach(removeDir));

  for (const rel of all) {
    it(`${rel} opens with its text intact in any encoding`, () => {
      const bytes = readFileSync(path.join(dir, rel));
      const r = readBitextBytes(bytes, rel, { prefer });
      const text = r.segments.map((s) => s.src + '\u0001' + s.tgt).join('\u0002');
      // Nothing undecodable, no stray NULs, no half surrogate.
      expect(text).not.toMatch(/[\uFFFD\u0000]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
      const isXliff2Example = rel.startsWith('xliff2');
      if (!isXliff2Example) expect(r.segments.length).toBeGreaterThan(0);
      // The same text when stored in the other Unicode encoding.
      const other = reencode(bytes, rel, r.encoding.startsWith('utf-16') ? 'utf-8' : 'utf-16le');
      const again = readBitextBytes(other, rel, { prefer });
      expect(again.segments.map((s) => [s.src, s.tgt])).toEqual(r.segments.map((s) => [s.src, s.tgt]));
      expect([again.srcLang, again.tgtLang]).toEqual([r.srcLang, r.tgtLang]);
    });
  }

  it('keeps regional tags as found and opens same-language memories', () => {
    for (const rel of files('tmx-kit')) {
      const r = readBitextBytes(readFileSync(path.join(dir, rel)), rel, { prefer });
      expect(r.srcLang).toMatch(/^[a-z]{2}(-[A-Z]{2})?$/);
      expect(r.tgtLang).toMatch(/^[a-z]{2}(-[A-Z]{2})?$/);
      expect(r.srcLang.toLowerCase()).not.toBe(r.tgtLang.toLowerCase());
    }
  });

  it('keeps <hi> text and turns codes into placeholders (no markup left as text)', () => {
    for (const rel of [...files('tmx-kit'), ...files('tmx-other')]) {
      const raw = readFileSync(path.join(dir, rel));
      const r = readBitextBytes(raw, rel, { prefer });
      for (const s of r.segments) expect(stripCodes(s.src + s.tgt)).not.toMatch(/<\/?(bpt|ept|ph|it|ut|hi|seg)\b/);
      const xml = iconv.decode(raw, r.encoding.startsWith('utf-16') ? r.encoding : 'utf-8');
      if (/<(bpt|ph|it|ut)\b/.test(xml)) expect(r.codes!.src.length + r.codes!.tgt.length).toBeGreaterThan(0);
    }
  });

  it('a TMX round trip keeps props, notes, attributes and codes', async () => {
    for (const rel of [...files('tmx-kit'), ...files('tmx-other')]) {
      const orig = readBitextBytes(readFileSync(path.join(dir, rel)), rel, { prefer });
      const out = tempDir();
      outs.push(out);
      await exportCorpus(corpusOf(orig, rel), out, { formats: ['tmx'], includeUnconfirmed: true });
      const back = readTmx(readFileSync(path.join(out, 'corpus.tmx'), 'utf8'));
      const kept = orig.segments.filter((s) => stripCodes(s.src).trim() && stripCodes(s.tgt).trim());
      expect(back.segments).toHaveLength(kept.length);
      back.segments.forEach((s, i) => {
        const o = kept[i]!;
        const flat = (x: string) => x.replace(/\s*[\r\n]+\s*/g, ' ').trim();
        expect(s.src).toBe(flat(o.src));
        expect(s.meta.props ?? []).toEqual(o.meta.props ?? []);
        expect(s.meta.notes).toEqual(o.meta.notes);
        expect(s.meta.attrs ?? {}).toEqual(o.meta.attrs ?? {});
        if (o.meta.id && o.meta.pairId === undefined) expect(s.meta.id).toBe(o.meta.id);
      });
      const codeXml = (b: ImportedBitext) => b.segments.flatMap((s) => [...s.src].map((c) => b.codes!.src[c.charCodeAt(0) - 0xe000]?.xml).filter(Boolean));
      expect(codeXml(back)).toEqual(codeXml({ ...orig, segments: kept }));
    }
  });

  it('quoted TSVs lose their quotes, the UTF-16 one reads like the UTF-8 one, a header-less one keeps its first row', () => {
    const tsv = (f: string) => readBitextBytes(readFileSync(path.join(dir, 'tsv', f)), f);
    const names = files('tsv').map((f) => path.basename(f));
    const quoted = names.filter((f) => /""/.test(readFileSync(path.join(dir, 'tsv', f), 'utf8')));
    expect(quoted.length).toBeGreaterThan(0);
    for (const f of quoted) {
      const r = tsv(f);
      for (const s of r.segments) expect(s.src + s.tgt).not.toMatch(/""/);
    }
    const utf16 = names.filter((f) =>
      readFileSync(path.join(dir, 'tsv', f))
        .subarray(0, 2)
        .equals(Buffer.from([0xff, 0xfe])),
    );
    for (const f of utf16) {
      const r = tsv(f);
      expect(r.encoding).toBe('utf-16le');
      // Lines of the file (its header excluded) = segments: no row merged, none lost.
      const lines = iconv
        .decode(readFileSync(path.join(dir, 'tsv', f)), 'utf-16le')
        .split(/\r?\n/)
        .filter((l) => l.trim()).length;
      expect(r.segments.length).toBe(lines - (r.headerRow ? 1 : 0));
    }
    for (const f of names) {
      const text = iconv.decode(readFileSync(path.join(dir, 'tsv', f)), tsv(f).encoding);
      const first = text
        .replace(/^\uFEFF/, '')
        .split(/\r?\n/)[0]!
        .split('\t');
      const r = tsv(f);
      if (!r.headerRow) expect([r.segments[0]!.src, r.segments[0]!.tgt]).toEqual([first[0], first[1]]);
    }
    expect(names.some((f) => tsv(f).headerRow === false)).toBe(true);
    // The same rows whether quoted or not: compare a quoted file with an unquoted one of the same text.
    const texts = names.map((f) => new Set(tsv(f).segments.map((s) => s.src)));
    const big = texts.filter((t) => t.size > 1000);
    if (big.length >= 2) expect([...big[0]!].filter((x) => !big[1]!.has(x)).length).toBe(0);
    void readTsv;
  });
});
