// The QA report can be worked from: one row per finding with its sentence (finding marked) and
// the aligned sentence, document, line and column, severity, status and an anchor; errors first;
// summary numbers that agree with the lists (no "every alignment is confirmed" under "Confirmed 0").
import { describe, expect, it } from 'vitest';
import { reportChunks } from '../../shared/export/report.js';
import { FINDINGS_CSV_COLUMNS, findingsCsvChunks } from '../../shared/export/report-findings.js';
import type { BitextCorpus, CorpusFinding } from '../../shared/export/types.js';
import { hostileCorpus } from './helpers.js';

const html = (c: BitextCorpus, lang: 'en' | 'fr' = 'en') => [...reportChunks(c, { uiLanguage: lang, now: '2024-01-01T00:00:00Z' })].join('');

function withFindings(): BitextCorpus {
  const c = hostileCorpus([
    ['The mayor spoke at noon.', 'Le maire a parlé à midi.'],
    ['He said the the plan was ready.', 'Il a dit que le plan était prêt.'],
    ['Rain is expected.', 'De la pluie est attendue.'],
  ]);
  const en = c.documents[0]!;
  const fr = c.documents[1]!;
  const at = (d: typeof en, text: string) => d.originalText.indexOf(text);
  const f = (id: string, doc: typeof en, text: string, severity: CorpusFinding['severity'], status: CorpusFinding['status']): CorpusFinding => ({
    id,
    docId: doc.id,
    category: 'repetition',
    rule: 'doubled-word',
    severity,
    start: at(doc, text),
    end: at(doc, text) + text.length,
    text,
    suggestions: ['the'],
    message: { key: 'legacy', params: { text: 'Doubled word' } } as never,
    status,
  });
  c.findings = [f('f_info', fr, 'pluie', 'info', 'open'), f('f_err', en, 'the the', 'error', 'open'), f('f_warn', en, 'mayor', 'warning', 'rejected')];
  return c;
}

describe('QA report findings list', () => {
  const page = html(withFindings());
  it('has one row per finding, errors first, each with its own anchor', () => {
    const rows = [...page.matchAll(/<tr id="(f-[^"]+)" class="sev-(\w+)">/g)].map((m) => [m[1], m[2]]);
    expect(rows).toEqual([
      ['f-f_err', 'error'],
      ['f-f_warn', 'warning'],
      ['f-f_info', 'info'],
    ]);
    expect(page).toContain('<a href="#f-f_err">1</a>');
  });
  it('shows the sentence with the finding marked, the aligned sentence, the document and the position', () => {
    const row = /<tr id="f-f_err"[\s\S]*?<\/tr>/.exec(page)![0];
    expect(row).toContain('He said <mark>the the</mark> plan was ready.');
    expect(row).toContain('Il a dit que le plan était prêt.');
    expect(row).toMatch(/hostile-en\.txt<br><span class="muted">line 3, column 9<\/span>/);
    expect(row).toContain('open');
    const fr = /<tr id="f-f_info"[\s\S]*?<\/tr>/.exec(page)![0];
    expect(fr).toContain('De la <mark>pluie</mark> est attendue.');
    expect(fr).toContain('Rain is expected.');
  });
  it('has summary numbers that agree with the list', () => {
    expect(page).toMatch(/<a href="#findings">Findings<\/a><\/th><td class="n">3<\/td>/);
    expect(page).toMatch(/Errors · warnings · info<\/th><td class="n">1 · 1 · 1<\/td>/);
    expect(page).toMatch(/Open findings<\/th><td class="n">2<\/td>/);
  });
  it('lists the unconfirmed beads the summary counts, one-sided ones too', () => {
    const c = withFindings();
    c.pairs[0]!.beads = [
      { src: [0], tgt: [0], confidence: 0.4, confirmed: false, origin: 'auto' },
      { src: [1], tgt: [], confidence: 0.3, confirmed: false, origin: 'auto' },
      { src: [2], tgt: [1, 2], confidence: 0.6, confirmed: false, origin: 'auto' },
    ];
    const p = html(c);
    expect(p).toMatch(/Confirmed<\/th><td class="n">0<\/td>/);
    expect(p).not.toContain('Every alignment is confirmed');
    expect(p).toContain('3 of 3 unconfirmed aligned pairs listed below.');
    expect(p).toContain('(nothing on this side)');
  });
  it('is in French too, and stays a page without scripts', () => {
    const p = html(withFindings(), 'fr');
    expect(p).toContain('Les problèmes un par un');
    expect(p).toContain('ligne 3, colonne 9');
    expect(p).not.toMatch(/<script/i);
  });
});

describe('QA findings spreadsheet (findings.csv)', () => {
  const csv = [...findingsCsvChunks(withFindings(), 'en')].join('');
  const rows = parseCsv(csv);
  it('has stable column keys and one row per finding, errors first', () => {
    expect(rows[0]).toEqual([...FINDINGS_CSV_COLUMNS]);
    expect(rows.slice(1).map((r) => r[0])).toEqual(['error', 'warning', 'info']);
  });
  it('gives each finding its document, position, sentence, aligned sentence, status and report anchor', () => {
    const col = (name: (typeof FINDINGS_CSV_COLUMNS)[number]) => FINDINGS_CSV_COLUMNS.indexOf(name);
    const err = rows[1]!;
    expect(err[col('document')]).toBe('hostile-en.txt');
    expect([err[col('line')], err[col('column')]]).toEqual(['3', '9']);
    expect(err[col('sentence')]).toBe('He said the the plan was ready.');
    expect(err[col('aligned_sentence')]).toBe('Il a dit que le plan était prêt.');
    expect(err[col('aligned_document')]).toBe('hostile-fr.txt');
    expect(err[col('status')]).toBe('open');
    expect(err[col('report_anchor')]).toBe('report.html#f-f_err');
    expect(rows[2]![col('status')]).toBe('rejected');
  });
  it('quotes cells per RFC 4180 and guards formula starts', () => {
    const c = withFindings();
    c.findings[0]!.suggestions = ['=SUM(A1)', 'a, "b"'];
    const line = [...findingsCsvChunks(c, 'en')]
      .join('')
      .split('\r\n')
      .find((l) => l.startsWith('info'))!;
    expect(line).toContain(`"'=SUM(A1) | a, ""b"""`);
  });
});

/** A minimal RFC 4180 reader for the test (quoted fields, doubled quotes, CRLF rows). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += ch;
  }
  return rows;
}
