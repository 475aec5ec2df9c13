// Readers of other tools' bilingual files: TMX (codes, <hi>, props/notes/dates, *all*, multilingual,
// same-language, lang=), XLIFF 1.2 and 2.0, TSV (RFC 4180 quoting, header detection, UTF-16).
import { describe, expect, it } from 'vitest';
import { codeLabel, splitCodes, stripCodes } from '../../shared/export/inline.js';
import { readTmx } from '../../shared/export/tmx-read.js';
import { headerLanguage, parseTsvRows, readTsv } from '../../shared/export/tsv-read.js';
import { readXliff } from '../../shared/export/xliff-read.js';
import { decodeBitextBytes, readBitextBytes } from '../../main/services/bitext/read-bitext.js';
import { FOREIGN_TMX, HEADERLESS_TSV, MULTI_TMX, QUOTED_TSV, SAME_LANGUAGE_TMX, XLIFF12, XLIFF20 } from './bitext-fixtures.js';

describe('TMX reader', () => {
  const r = readTmx(FOREIGN_TMX);
  it('keeps regional tags as found, in canonical case', () => {
    expect([r.srcLang, r.tgtLang]).toEqual(['en-GB', 'fr-CA']);
  });
  it('keeps <hi> text as text and codes as placeholders', () => {
    const s = r.segments[0]!;
    expect(stripCodes(s.src)).toBe('Press Save now, please.');
    expect(stripCodes(s.tgt)).toBe('Appuyez sur Enregistrer maintenant, s’il vous plaît.');
    const codes = splitCodes(s.src)
      .filter((x) => 'code' in x)
      .map((x) => r.codes!.src[(x as { code: number }).code]!);
    expect(codes.map((c) => c.kind)).toEqual(['open', 'close', 'standalone']);
    expect(codes.map(codeLabel)).toEqual(['<b>', '</b>', '<br/>']);
    expect(codes[0]!.xml).toContain('<bpt i="1" x="1" type="bold">');
  });
  it('keeps tuid, attributes, foreign props and notes', () => {
    const m = r.segments[0]!.meta;
    expect(m.id).toBe('T-17');
    expect(m.attrs).toMatchObject({ creationdate: '20230102T030405Z', creationid: 'ANNA', changeid: 'BEN', usagecount: '4' });
    expect(m.props).toEqual([['x-Client', 'Harbour Weekly']]);
    expect(m.notes).toEqual(['checked by Anna']);
    expect(r.header['x-Domain']).toBe('News');
  });
  it('reads TMX 1.1 lang= attributes', () => {
    expect(r.segments[1]).toMatchObject({ src: 'The ferry leaves at noon.', tgt: 'Le traversier part à midi.' });
  });
  it('takes srclang="*all*" and lets the caller or the project choose in a multilingual TM', () => {
    const byProject = readTmx(MULTI_TMX, { prefer: ['en', 'fr'] });
    expect(byProject.languagesFound).toEqual(['de-DE', 'en-US', 'fr-FR']);
    // *all*: the first language found is the source unless told.
    const chosen = readTmx(MULTI_TMX, { languages: ['en-US', 'fr-FR'] });
    expect(chosen.segments.map((s) => [s.src, s.tgt])).toEqual([
      ['Good morning', 'Bonjour'],
      ['Good night', 'Bonne nuit'],
    ]);
    const deFr = readTmx(MULTI_TMX, { languages: ['de', 'fr'] });
    expect(deFr.srcLang).toBe('de-DE');
    expect(deFr.segments).toHaveLength(1);
    expect(deFr.warnings).toEqual(['tu 2: no de-DE variant, skipped']);
  });
  it('opens a same-language memory (en-US → en-GB) as a pair of variants', () => {
    const s = readTmx(SAME_LANGUAGE_TMX, { prefer: ['en', 'fr'] });
    expect([s.srcLang, s.tgtLang]).toEqual(['en-US', 'en-GB']);
    expect(s.segments).toHaveLength(2);
    expect(s.segments[0]!.tgt).toBe('The colour of the harbour');
  });
  it('refuses a file with one language, saying so', () => {
    expect(() => readTmx('<tmx version="1.4"><header srclang="en"/><body><tu><tuv xml:lang="en"><seg>a</seg></tuv></tu></body></tmx>')).toThrow(
      /no second language/,
    );
  });
  it('says what is wrong with broken XML', () => {
    expect(() => readTmx('<tmx><body></tmx>')).toThrow(/not well-formed XML/);
  });
});

describe('XLIFF readers', () => {
  it('reads XLIFF 1.2: groups, <g>/<x> as codes, <mrk> as text, state and approved, notes; skips units without target', () => {
    const r = readXliff(XLIFF12);
    expect(r.format).toBe('xliff12');
    expect([r.srcLang, r.tgtLang]).toEqual(['en-US', 'fr-CA']);
    expect(r.segments.map((s) => stripCodes(s.src))).toEqual(['Open the main door.', 'Rain today.']);
    expect(r.segments[0]!.meta).toMatchObject({ id: 'u1', confirmed: true, notes: ['door = entrance'] });
    expect(r.segments[1]!.meta.confirmed).toBe(false);
    expect(r.warnings).toEqual(['unit u2: no target, skipped']);
    const kinds = splitCodes(r.segments[0]!.tgt)
      .filter((x) => 'code' in x)
      .map((x) => r.codes!.tgt[(x as { code: number }).code]!.kind);
    expect(kinds).toEqual(['open', 'close', 'standalone']);
  });
  it('reads XLIFF 2.0: one pair per segment, <pc>/<ph> codes, <cp> characters, segment state', () => {
    const r = readXliff(XLIFF20);
    expect(r.format).toBe('xliff2');
    expect(r.segments).toHaveLength(2);
    expect(stripCodes(r.segments[0]!.tgt)).toBe('Cliquez ici maintenant\u2021');
    expect(r.segments[0]!.meta).toMatchObject({ confirmed: true, notes: ['from the style guide'], id: '1:1' });
    expect(r.segments[1]!.meta).toMatchObject({ confirmed: false, notes: [] });
  });
});

describe('TSV reader', () => {
  it('parses RFC 4180 quoting with tabs: "" inside, tabs and line breaks in quoted cells, CRLF', () => {
    const rows = parseTsvRows(QUOTED_TSV);
    expect(rows.map((r) => r.cells)).toEqual([
      ['en', 'fr'],
      ['He said "yes".', 'Il a dit « oui ».'],
      ['Tab\tinside', 'Ligne\nsuivante'],
      ['plain "mid" quotes', 'guillemets "au milieu"'],
    ]);
    expect(rows.map((r) => r.line)).toEqual([1, 2, 3, 5]);
    const t = readTsv(QUOTED_TSV);
    expect(t.headerRow).toBe(true);
    expect(t.segments[0]!.src).toBe('He said "yes".');
  });
  it('sees that a first row of words is no header (never reads "Yes"/"Oui" as language codes)', () => {
    const t = readTsv(HEADERLESS_TSV);
    expect(t.headerRow).toBe(false);
    expect(t.segments).toHaveLength(2);
    expect(t.segments[0]).toMatchObject({ src: 'Yes', tgt: 'Oui' });
    expect([t.srcLang, t.tgtLang]).toEqual(['und', 'und']);
    expect(readTsv(HEADERLESS_TSV, { header: 'yes' }).segments).toHaveLength(1);
    // Column titles that are no language tags: languages left to detection.
    expect(readTsv('source\ttarget\nx\ty\n', { header: 'yes' })).toMatchObject({ srcLang: 'und', tgtLang: 'und', headerRow: true });
    expect(readTsv('en\tfr\nx\ty\n', { header: 'no' }).segments).toHaveLength(2);
  });
  it('knows language tags from words', () => {
    expect(['en', 'FR', 'en_GB', 'fr-CA'].map(headerLanguage)).toEqual(['en', 'fr', 'en-GB', 'fr-CA']);
    expect(['Yes', 'Oui', 'man', 'source', 'xx'].map(headerLanguage)).toEqual([null, null, null, null, null]);
  });
  it('reads a cell that merely begins with a quotation mark as it is (unquoted files)', () => {
    expect(readTsv('en\tfr\n"Hello, he said.\t« Bonjour », dit-il.\nNext\tSuivant\n').segments.map((x) => x.src)).toEqual(['"Hello, he said.', 'Next']);
    expect(readTsv('en\tfr\n"Quoted" word\tmot\n').segments[0]!.src).toBe('"Quoted" word');
  });
  it('says where a quoted cell is never closed in a quoted file', () => {
    expect(() => parseTsvRows('en\tfr\n"open\tx', true)).toThrow(/line 2: a quoted cell is never closed/);
  });
});

describe('encodings of bilingual files', () => {
  const utf16 = (s: string, le = true) => {
    const body = Buffer.from(s, 'utf16le');
    if (!le) body.swap16();
    return Buffer.concat([Buffer.from(le ? [0xff, 0xfe] : [0xfe, 0xff]), body]);
  };
  it('reads UTF-16 LE and BE TMX with a BOM, and UTF-16 without one', () => {
    const xml = FOREIGN_TMX.replace('encoding="UTF-8"', 'encoding="UTF-16"');
    for (const bytes of [utf16(xml), utf16(xml, false), Buffer.from(xml, 'utf16le')]) {
      const r = readBitextBytes(bytes, 'x.tmx');
      expect(r.segments).toHaveLength(2);
      expect(stripCodes(r.segments[0]!.tgt)).toContain('s’il vous plaît');
    }
  });
  it('honours a legacy encoding named by the XML declaration', () => {
    const xml =
      '<?xml version="1.0" encoding="ISO-8859-1"?><tmx version="1.4"><header srclang="en"/><body><tu><tuv xml:lang="en"><seg>Cafe</seg></tuv><tuv xml:lang="fr"><seg>Café crème</seg></tuv></tu></body></tmx>';
    const r = readBitextBytes(Buffer.from(xml, 'latin1'), 'x.tmx');
    expect(r.segments[0]!.tgt).toBe('Café crème');
  });
  it('reads a UTF-16 TSV as Excel writes it', () => {
    const d = decodeBitextBytes(utf16(QUOTED_TSV), 'tsv');
    expect(d.encoding).toBe('utf-16le');
    expect(readTsv(d.text).segments[0]!.src).toBe('He said "yes".');
  });
});
