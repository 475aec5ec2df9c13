// Hostile text in every format; Moses line parity; XLIFF states; CSV injection; report escaping.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportCorpus, type ExportSummary } from '../../main/services/export/export-corpus.js';
import { guardCell, unguardCell, csvField } from '../../shared/export/cell.js';
import { canonicalLangTag } from '../../shared/export/lang-tag.js';
import { tmxDate } from '../../shared/export/dates.js';
import { corpusSegments, cleanedRange } from '../../shared/export/segments.js';
import { emptyRemoved, stripUnsafeChars } from '../../shared/export/text-clean.js';
import { escapeXmlText } from '../../shared/export/xml-escape.js';
import { reportChunks } from '../../shared/export/report.js';
import { HOSTILE, hasXmllint, hostileCorpus, listFiles, removeDir, tempDir, xmllint } from './helpers.js';

const corpus = hostileCorpus();
corpus.findings = [
  {
    id: 'f_1',
    docId: 'd_en',
    category: 'quotes',
    rule: 'quotes.balance',
    severity: 'warning',
    start: 7,
    end: 19,
    text: '<b>&amp;</b>',
    suggestions: ['<i>"x"</i>', ''],
    message: { key: 'legacy', params: { en: '<script>alert(1)</script>', fr: '<img src=x onerror=alert(1)>' } },
    status: 'open',
  },
];
let out: string;
let summary: ExportSummary;
const read = (f: string) => readFileSync(path.join(out, f), 'utf8');

beforeAll(async () => {
  out = tempDir();
  summary = await exportCorpus(corpus, out, { includeUnconfirmed: true, uiLanguage: 'fr' });
});
afterAll(() => removeDir(out));

describe('escaping helpers', () => {
  it('escapes the five XML specials and ]]>', () => {
    expect(escapeXmlText(`<a href="x">&'</a> ]]>`)).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&apos;&lt;/a&gt; ]]&gt;');
  });
  it('removes and counts what XML cannot hold, keeps tab/LF/CR and astral characters', () => {
    const r = emptyRemoved();
    expect(stripUnsafeChars('a\u0000b\tc\nd\re\uD800f\uFFFF😀\uDC00', r)).toBe('ab\tc\nd\ref😀');
    expect(r.count).toBe(4);
    expect(r.byCodePoint).toEqual({ 'U+0000': 1, 'U+D800': 1, 'U+FFFF': 1, 'U+DC00': 1 });
  });
  it('canonicalises language tags without inventing languages', () => {
    expect(canonicalLangTag('EN-us')).toBe('en-US');
    expect(canonicalLangTag('fr_CA')).toBe('fr-CA');
    expect(canonicalLangTag('und')).toBe('und');
    expect(canonicalLangTag('not a tag')).toBeNull();
  });
  it('writes TMX dates as YYYYMMDDThhmmssZ', () => {
    expect(tmxDate('2024-03-05T10:20:30.456Z')).toBe('20240305T102030Z');
  });
});

describe('every format holds hostile text', () => {
  const segs = [...corpusSegments(corpus, { includeUnconfirmed: true })];

  it('exports every bead, and reports removed characters per file', () => {
    expect(segs).toHaveLength(HOSTILE.length);
    expect(summary.segments).toBe(HOSTILE.length);
    const tmx = summary.files.find((f) => f.path === 'corpus.tmx')!;
    // Controls a..f (U+0001 U+000B U+001F U+007F U+0085), two lone surrogates, FFFE, FFFF, NUL, U+0008.
    expect(tmx.removed!.count).toBe(11);
    expect(summary.removedChars).toBeGreaterThan(0);
  });

  it('TMX and XLIFF are well-formed and parse back to the text', () => {
    for (const f of ['corpus.tmx', 'corpus.xlf']) {
      const xml = read(f);
      expect(xml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
      expect(xml).not.toContain('<b>');
      expect(xml).not.toContain(']]>');
      if (hasXmllint()) expect(xmllint(['--noout', path.join(out, f)]).code).toBe(0);
    }
    const x = new XMLParser({
      ignoreAttributes: false,
      trimValues: false,
      parseTagValue: false,
      htmlEntities: true,
      isArray: (n) => n === 'unit' || n === 'file',
    }).parse(read('corpus.xlf'));
    const units = x.xliff.file.flatMap((f: { unit: unknown[] }) => f.unit) as Array<{ segment: { source: string; target: string } }>;
    expect(units.map((u) => u.segment.source)).toEqual(segs.map((s) => stripUnsafeChars(s.src.text, emptyRemoved())));
  });

  it('XLIFF 2.1: root attributes, and states by confirmation', () => {
    const xml = read('corpus.xlf');
    expect(xml).toMatch(
      /<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" xmlns:mda="urn:oasis:names:tc:xliff:metadata:2.0" version="2.1" srcLang="en" trgLang="fr">/,
    );
    const states = [...xml.matchAll(/<segment id="s1" state="(\w+)">/g)].map((m) => m[1]);
    expect(states).toEqual(segs.map((s) => (s.confirmed ? 'reviewed' : 'translated')));
    expect(states).toContain('reviewed');
    expect(states).toContain('translated');
  });

  it('Moses files: same number of lines, one segment per line, nothing a reader splits on', () => {
    const en = read('corpus.en');
    const fr = read('corpus.fr');
    const el = en.split('\n');
    const fl = fr.split('\n');
    expect(el.pop()).toBe('');
    expect(fl.pop()).toBe('');
    expect(el).toHaveLength(HOSTILE.length);
    expect(fl).toHaveLength(el.length);
    for (const l of [...el, ...fl]) {
      expect(l).not.toMatch(/[\r\t\v\f\u001C-\u001E\u0085\u2028\u2029]/);
      expect(l).toBe(l.trim());
      expect(l.length).toBeGreaterThan(0);
    }
    // Python's splitlines() agrees: line N ↔ line N.
    expect(el[6]).toBe('Line one line two after tab CRLF LS');
    expect(fl[6]).toBe('Ligne un ligne deux onglet');
    expect(en.charCodeAt(0)).not.toBe(0xfeff);
  });

  it('TSV: one row per segment, fixed columns, formula cells guarded', () => {
    const rows = read('corpus.tsv').split('\n');
    expect(rows.pop()).toBe('');
    expect(rows[0]).toBe('en\tfr\tsrc_doc\ttgt_doc\tpair\tbead\tconfidence\tconfirmed\tedited\torigin');
    expect(rows).toHaveLength(HOSTILE.length + 1);
    for (const r of rows) expect(r.split('\t')).toHaveLength(10);
    const cells = rows.slice(1).flatMap((r) => r.split('\t'));
    for (const c of cells) expect(c).not.toMatch(/^[=+\-@]/);
    expect(cells).toContain(`'=HYPERLINK("http://evil.example","x")`);
    expect(cells).toContain(`'+33 1 23 45 67 89`);
    expect(cells).toContain(`'-2+3`);
    expect(cells).toContain(`'@SUM(A1:A2)`);
  });

  it('JSONL: one valid JSON object per line with exact text and original offsets', () => {
    const lines = read('corpus.jsonl').trimEnd().split('\n');
    expect(lines).toHaveLength(HOSTILE.length);
    lines.forEach((l, i) => {
      const o = JSON.parse(l);
      expect(o.src.text).toBe(HOSTILE[i]![0]);
      expect(o.tgt.text).toBe(HOSTILE[i]![1]);
      expect(corpus.documents[0]!.originalText.slice(o.src.start, o.src.end)).toBe(HOSTILE[i]![0]);
      expect(o.src.lang).toBe('en');
      expect(o.confirmed).toBe(i % 2 === 0);
    });
  });

  it('cleaned documents keep the text exactly (UTF-8, NFD untouched)', () => {
    expect(read('documents/en/hostile-en.txt')).toBe(Buffer.from(corpus.documents[0]!.originalText, 'utf8').toString('utf8'));
    expect(read('documents/fr/hostile-fr.txt')).toContain('e\u0301te\u0301');
  });

  it('metadata JSON and CSV list every document', () => {
    const meta = JSON.parse(read('documents.json'));
    expect(meta.map((m: { file: string }) => m.file)).toEqual(['hostile-en.txt', 'hostile-fr.txt']);
    expect(meta[0]).toMatchObject({ language: 'en', detectedLanguage: 'en', override: null, reviewed: true, segmentMix: { en: 1 } });
    const csv = read('documents.csv').split('\r\n');
    expect(csv[0]).toBe('file,rel_path,detected_language,confidence,override,language,reviewed,segment_mix,edits');
    expect(csv[1]).toBe('hostile-en.txt,hostile-en.txt,en,0.9,,en,true,en:1,0');
  });

  it('report: self-contained, French, all document text escaped', () => {
    const html = read('report.html');
    expect(html).toMatch(/^<!DOCTYPE html>/);
    expect(html).toContain('<html lang="fr">');
    expect(html).toContain('Rapport de qualité');
    expect(html).not.toMatch(/<script|<link|<img|<iframe|<object|url\(|@import/i);
    expect(html).toContain('@media print');
    expect(html).not.toContain('<b>&amp;</b>');
    expect(html).toContain('&lt;b&gt;&amp;amp;&lt;/b&gt;');
    expect(html).toContain('Hostile &lt;corpus&gt; &amp; &quot;co&quot;');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('“&lt;i&gt;&quot;x&quot;&lt;/i&gt;”');
  });

  it('report: changes with before → after and who made them, in English', () => {
    const c = hostileCorpus([
      ['Said Flashing at <b>noon</b>.', 'Clignote a dit.'],
      ['Descriptive text here', 'Texte'],
    ]);
    c.documents[0]!.edits = [
      { start: 5, end: 13, before: 'Flashing', after: 'Blinken', source: 'name-translation.common-word', findingId: 'f_a' },
      { start: 29, end: 52, before: '\n\nDescriptive text here', after: '', source: 'boilerplate.web-debris' },
      { start: 17, end: 28, before: '<b>noon</b>', after: '<i>midi</i>', source: 'manual' },
    ].sort((a, b) => a.start - b.start);
    const html = [...reportChunks(c, { uiLanguage: 'en', now: '2024-01-02T03:04:05Z' })].join('');
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('Changes made');
    expect(html).toContain('<span class="del">Flashing</span>');
    expect(html).toContain('<span class="ins">Blinken</span>');
    expect(html).toContain('Translated names');
    expect(html).toContain('(removed)');
    expect(html).toContain('by hand');
    expect(html).toContain('&lt;i&gt;midi&lt;/i&gt;');
    expect(html).not.toContain('<b>noon</b>');
  });

  it("report: a finding's evidence in the report's language, escaped", () => {
    const c = hostileCorpus([['Said Flashing at noon.', 'Clignote a dit.']]);
    c.findings = [
      {
        id: 'f_e',
        docId: 'd_en',
        category: 'name-translation',
        rule: 'name-translation.common-word',
        severity: 'error',
        start: 5,
        end: 13,
        text: 'Flashing',
        suggestions: ['Blinken'],
        message: { key: 'legacy', params: { en: 'Name?', fr: 'Nom ?' } },
        status: 'open',
        evidence: [{ key: 'name-translation.common-word.ev.glossary', params: { variant: 'Flashing', name: 'Blinken <b>B</b>' } }],
      },
    ];
    const html = (lang: 'en' | 'fr') => [...reportChunks(c, { uiLanguage: lang, now: '2024-01-02T03:04:05Z' })].join('');
    expect(html('en')).toContain(
      '<ul class="ev muted" aria-label="Evidence"><li>glossary: “Flashing” is a wrong rendering of Blinken &lt;b&gt;B&lt;/b&gt;</li></ul>',
    );
    expect(html('en')).not.toContain('glossaire');
    expect(html('fr')).toContain(
      '<ul class="ev muted" aria-label="Indices"><li>glossaire\u00a0: «\u00a0Flashing\u00a0» est une forme erronée du nom Blinken &lt;b&gt;B&lt;/b&gt;</li></ul>',
    );
    expect(html('fr')).not.toContain('wrong rendering');
    // Without evidence: no empty list.
    c.findings[0]!.evidence = [];
    expect(html('en')).not.toContain('class="ev');
  });

  it('writes only the expected files (no temporary leftovers)', () => {
    expect(listFiles(out)).toEqual([
      'corpus.en',
      'corpus.fr',
      'corpus.jsonl',
      'corpus.tmx',
      'corpus.tsv',
      'corpus.xlf',
      'corpus.xliff12.xlf',
      'documents.csv',
      'documents.json',
      'documents/en/hostile-en.txt',
      'documents/fr/hostile-fr.txt',
      'findings.csv',
      'report.html',
    ]);
  });
});

describe('CSV injection guard', () => {
  it('guards formula starts and undoes exactly', () => {
    for (const s of ['=1+1', '+1', '-1', '@x', "'=x", "''-x", "'plain", 'plain', '', "'"]) {
      const g = guardCell(s);
      expect(g).not.toMatch(/^[=+\-@]/);
      expect(unguardCell(g)).toBe(s);
    }
    expect(csvField('=cmd|"/c calc"!A1')).toBe(`"'=cmd|""/c calc""!A1"`);
  });
});

describe('cleaned text from edits', () => {
  const text = 'Alpha one. Beta two.\nBoiler plate\nGamma.';
  it('applies edits inside a range and clips removals that cross it', () => {
    const edits = [
      { start: 6, end: 9, before: 'one', after: '1', source: 'manual' },
      { start: 20, end: 34, before: '\nBoiler plate\n', after: '', source: 'boilerplate.web-debris' },
    ];
    expect(cleanedRange(text, edits, 0, 10)).toBe('Alpha 1.');
    expect(cleanedRange(text, edits, 21, 33)).toBe('');
    expect(cleanedRange(text, edits, 34, 40)).toBe('Gamma.');
    expect(cleanedRange(text, edits, 0, text.length)).toBe('Alpha 1. Beta two.Gamma.');
  });
});

describe('bead selection', () => {
  it('confirmed only by default; empty sides never exported', async () => {
    const c = hostileCorpus([
      ['A', 'B'],
      ['C', ''],
      ['', 'D'],
      ['E', 'F'],
    ]);
    c.pairs[0]!.beads[3]!.confirmed = false;
    expect([...corpusSegments(c, {})].map((s) => s.bead)).toEqual([0]);
    expect([...corpusSegments(c, { includeUnconfirmed: true })].map((s) => s.bead)).toEqual([0, 3]);
    expect([...corpusSegments(c, { includeUnconfirmed: true, minConfidence: 0.6 })].map((s) => s.bead)).toEqual([0]);
  });

  it('orients fr→en pairs as en→fr and leaves version pairs out', () => {
    const c = hostileCorpus([['Hello', 'Bonjour']]);
    const p = c.pairs[0]!;
    c.pairs[0] = { ...p, a: p.b, b: p.a, srcSentences: p.tgtSentences, tgtSentences: p.srcSentences };
    const [s] = [...corpusSegments(c, {})];
    expect([s!.src.text, s!.tgt.text, s!.src.lang]).toEqual(['Hello', 'Bonjour', 'en']);
    c.pairs[0] = { ...p, kind: 'version' };
    expect([...corpusSegments(c, {})]).toHaveLength(0);
  });
});
