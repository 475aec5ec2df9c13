// The Export view's pure parts: choices → exportCorpus request, the summary before exporting, the
// result rows, sizes; the session (run / cancelled / no folder / failed) against a fake bridge;
// "Open TMX/TSV…" (file types, warnings, refresh); Ctrl+E.
import { describe, expect, it } from 'vitest';
import type { ExportResult, PairSummary } from '../../shared/api/contract.js';
import { EXPORT_FORMATS } from '../../shared/export/types.js';
import {
  beadsOutlook,
  choicesProblem,
  emptyResultAdvice,
  DEFAULT_CHOICES,
  expectsNoBeads,
  exportRequest,
  FORMAT_FILES,
  FORMAT_ORDER,
  formatBytes,
  joinOutPath,
  parsePercent,
  previewExport,
  resultRows,
  toggleFormat,
} from '../../renderer/features/export/export-model.js';
import { ExportSession, exportSessionFor } from '../../renderer/features/export/export-session.js';
import { BitextImportSession, isBitextName, parseBitextWarning } from '../../renderer/features/import/bitext-import.js';
import { matchGlobalCommand, SHORTCUTS } from '../../renderer/keyboard/shortcuts.js';
import { apiFailure, fakeBridge } from './fake-bridge.js';
import { flatten, hasKey, loadLocale } from './locale-tools.js';

const pair = (over: Partial<PairSummary>): PairSummary => ({
  id: 'p',
  a: 'a',
  b: 'b',
  aName: 'a.txt',
  bName: 'b.txt',
  score: 0.9,
  kind: 'translation',
  status: 'suggested',
  origin: 'auto',
  aligned: null,
  ...over,
});

const result = (over: Partial<ExportResult> = {}): ExportResult => ({
  outDir: '/p/exports/2026',
  files: [],
  segments: 0,
  beads: { total: 0, confirmed: 0 },
  pairs: { exported: 0, skipped: 0 },
  documents: 0,
  removedChars: 0,
  ...over,
});

describe('export choices', () => {
  it('lists every format the contract knows, once, with its files', () => {
    expect([...FORMAT_ORDER].sort()).toEqual([...EXPORT_FORMATS].sort());
    for (const f of EXPORT_FORMATS) expect(FORMAT_FILES[f]).toBeTruthy();
  });

  it('every format has a name and a description in both languages', () => {
    for (const lng of ['en', 'fr'] as const) {
      const flat = flatten(loadLocale(lng));
      for (const f of EXPORT_FORMATS) {
        expect(hasKey(flat, `export.formats.${f}.name`), `${lng} ${f}.name`).toBe(true);
        expect(hasKey(flat, `export.formats.${f}.desc`), `${lng} ${f}.desc`).toBe(true);
      }
    }
  });

  it('toggles formats and keeps the display order', () => {
    expect(toggleFormat(['report', 'tmx'], 'tsv', true)).toEqual(['tmx', 'tsv', 'report']);
    expect(toggleFormat(['tmx', 'tsv'], 'tmx', false)).toEqual(['tsv']);
    expect(toggleFormat(['tmx'], 'tmx', true)).toEqual(['tmx']);
  });

  it('reads a percentage as typed', () => {
    expect(parsePercent('50')).toBe(0.5);
    expect(parsePercent(' 72,5 % ')).toBe(0.725);
    expect(parsePercent('0')).toBe(0);
    expect(parsePercent('100')).toBe(1);
    for (const bad of ['', '-5', '101', 'abc', '1e2', '50%%']) expect(parsePercent(bad), bad).toBeNull();
  });

  it('turns choices into an exportCorpus request (confirmed only by default)', () => {
    expect(exportRequest(DEFAULT_CHOICES)).toEqual({ formats: ['tmx', 'report'], includeUnconfirmed: false });
    expect(exportRequest({ formats: ['report', 'tmx'], scope: 'all', minConfidence: '60' })).toEqual({
      formats: ['tmx', 'report'],
      includeUnconfirmed: true,
      minConfidence: 0.6,
    });
    // 0 % means "all beads": no minimum is sent.
    expect(exportRequest({ formats: ['tsv'], scope: 'all', minConfidence: '0' })).toEqual({ formats: ['tsv'], includeUnconfirmed: true });
    // A bad minimum only matters when unconfirmed beads are included.
    expect(exportRequest({ formats: ['tsv'], scope: 'confirmed', minConfidence: 'x' })).toEqual({ formats: ['tsv'], includeUnconfirmed: false });
  });

  it('says what stops an export', () => {
    expect(choicesProblem({ ...DEFAULT_CHOICES, formats: [] })).toBe('noFormat');
    expect(choicesProblem({ formats: ['tmx'], scope: 'all', minConfidence: '150' })).toBe('badConfidence');
    expect(exportRequest({ ...DEFAULT_CHOICES, formats: [] })).toBeNull();
    expect(choicesProblem(DEFAULT_CHOICES)).toBeNull();
  });
});

describe('summary before exporting', () => {
  const pairs = [
    pair({ id: 't1', aligned: { beads: 30, confirmed: 4, alignedAt: '' } }),
    pair({ id: 't2', aligned: { beads: 10, confirmed: 10, alignedAt: '' }, status: 'confirmed' }),
    pair({ id: 't3' }),
    pair({ id: 'v', kind: 'version', aligned: { beads: 50, confirmed: 50, alignedAt: '' } }),
    pair({ id: 'r', status: 'rejected', aligned: { beads: 7, confirmed: 1, alignedAt: '' } }),
  ];

  it('counts translation pairs and their beads; version and rejected pairs apart', () => {
    // Older projects (no linked counts): every bead counts as an upper bound.
    expect(previewExport(pairs)).toEqual({
      pairs: 3,
      aligned: 2,
      beads: 40,
      confirmed: 14,
      linked: 40,
      linkedConfirmed: 14,
      versionPairs: 1,
      rejectedPairs: 1,
    });
    expect(previewExport([])).toEqual({ pairs: 0, aligned: 0, beads: 0, confirmed: 0, linked: 0, linkedConfirmed: 0, versionPairs: 0, rejectedPairs: 0 });
  });

  it('warns when the bilingual files would be empty', () => {
    const none = previewExport([pair({ aligned: { beads: 12, confirmed: 0, alignedAt: '' } })]);
    expect(expectsNoBeads(DEFAULT_CHOICES, none)).toBe(true);
    expect(expectsNoBeads({ ...DEFAULT_CHOICES, scope: 'all' }, none)).toBe(false);
    // Only documents and the report: no bead needed.
    expect(expectsNoBeads({ ...DEFAULT_CHOICES, formats: ['docs', 'report'] }, none)).toBe(false);
    expect(expectsNoBeads(DEFAULT_CHOICES, previewExport(pairs))).toBe(false);
  });

  // Issue 11: "At most 45 beads go into the bilingual files" when 0 can.
  it('says 0 and why when nothing can go in: the count is the beads with both sides, not every bead', () => {
    const gapsOnly = previewExport([pair({ aligned: { beads: 45, confirmed: 0, linked: 0, linkedConfirmed: 0, alignedAt: '' } })]);
    const all = { ...DEFAULT_CHOICES, scope: 'all' as const };
    expect(beadsOutlook(all, gapsOnly)).toEqual({ count: 0, reason: 'noLinks' });
    expect(beadsOutlook(DEFAULT_CHOICES, gapsOnly)).toEqual({ count: 0, reason: 'noLinks' });
    expect(expectsNoBeads(all, gapsOnly)).toBe(true);
    // No translation pair, or none aligned.
    expect(beadsOutlook(DEFAULT_CHOICES, previewExport([]))).toEqual({ count: 0, reason: 'noPairs' });
    expect(beadsOutlook(all, previewExport([pair({ kind: 'version', aligned: { beads: 5, confirmed: 5, alignedAt: '' } })]))).toEqual({
      count: 0,
      reason: 'noPairs',
    });
    expect(beadsOutlook(all, previewExport([pair({})]))).toEqual({ count: 0, reason: 'notAligned' });
    // Linked beads but none confirmed: only the confirmed-only choice comes out empty.
    const unconfirmed = previewExport([pair({ aligned: { beads: 45, confirmed: 3, linked: 20, linkedConfirmed: 0, alignedAt: '' } })]);
    expect(beadsOutlook(DEFAULT_CHOICES, unconfirmed)).toEqual({ count: 0, reason: 'noneConfirmed' });
    expect(beadsOutlook(all, unconfirmed)).toEqual({ count: 20, reason: null });
    // Counts are those of the list: confirmed beads with both sides.
    const some = previewExport([pair({ aligned: { beads: 45, confirmed: 9, linked: 30, linkedConfirmed: 7, alignedAt: '' } })]);
    expect(beadsOutlook(DEFAULT_CHOICES, some)).toEqual({ count: 7, reason: null });
  });

  it('never advises including unconfirmed beads when they are included', () => {
    const en = flatten(loadLocale('en'));
    const fr = flatten(loadLocale('fr'));
    const include = /include unconfirmed|incluez les segments non confirmés/i;
    const all = { ...DEFAULT_CHOICES, scope: 'all' as const };
    const cases = [
      previewExport([]),
      previewExport([pair({})]),
      previewExport([pair({ aligned: { beads: 4, confirmed: 0, linked: 0, linkedConfirmed: 0, alignedAt: '' } })]),
    ];
    for (const p of cases) {
      const r = beadsOutlook(all, p).reason!;
      expect(r).not.toBeNull();
      expect(en.get(`export.summary.${r}`)).not.toMatch(include);
      expect(fr.get(`export.summary.${r}`)).not.toMatch(include);
    }
    // After the export: the advice follows the selection the export used.
    expect(emptyResultAdvice({ selection: { includeUnconfirmed: false } })).toBe('confirmOrInclude');
    expect(emptyResultAdvice({ selection: { includeUnconfirmed: true, minConfidence: 0.5 } })).toBe('confirmOrLower');
    expect(emptyResultAdvice({ selection: { includeUnconfirmed: true } })).toBe('linkSentences');
    expect(en.get('export.result.emptyLower')).not.toMatch(include);
    expect(en.get('export.result.emptyNoLinks')).not.toMatch(include);
    expect(fr.get('export.result.emptyLower')).not.toMatch(include);
    expect(fr.get('export.result.emptyNoLinks')).not.toMatch(include);
  });
});

describe('result rows', () => {
  it('one row a file, the cleaned documents as one folder row, in display order', () => {
    const rows = resultRows([
      { format: 'report', path: 'report.html', bytes: 100 },
      { format: 'docs', path: 'documents/en/a.txt', bytes: 10, records: 1 },
      { format: 'tmx', path: 'corpus.tmx', bytes: 900, records: 4, removedChars: 2 },
      { format: 'docs', path: 'documents/fr/b.txt', bytes: 20, records: 1 },
      { format: 'txt', path: 'corpus.en', bytes: 50, records: 4, removedChars: 0 },
      { format: 'txt', path: 'corpus.fr', bytes: 60, records: 4 },
    ]);
    expect(rows.map((r) => [r.format, r.path, r.bytes, r.records, r.removedChars, r.files.length])).toEqual([
      ['tmx', 'corpus.tmx', 900, 4, 2, 1],
      ['txt', 'corpus.en', 50, 4, 0, 1],
      ['txt', 'corpus.fr', 60, 4, 0, 1],
      ['docs', 'documents/', 30, 2, 0, 2],
      ['report', 'report.html', 100, undefined, 0, 1],
    ]);
  });

  it('sizes in SI units in the UI language', () => {
    // Intl puts a no-break (or narrow no-break) space before the unit.
    const size = (lng: string, n: number) => formatBytes(lng, n).replace(/[\u00a0\u202f]/g, ' ');
    expect(size('en', 812)).toBe('812 bytes');
    expect(size('fr', 1)).toBe('1 octet');
    expect(size('en', 12_345)).toBe('12.3 kB');
    expect(size('fr', 12_345)).toBe('12,3 ko');
    expect(size('en', 3_400_000)).toBe('3.4 MB');
  });

  it('joins the output folder and a file with the folder’s separator', () => {
    expect(joinOutPath('/p/exports/x', 'documents/en/a.txt')).toBe('/p/exports/x/documents/en/a.txt');
    expect(joinOutPath('C:\\Users\\me\\out\\', 'documents/en/a.txt')).toBe('C:\\Users\\me\\out\\documents\\en\\a.txt');
  });
});

describe('export session', () => {
  it('runs the export and keeps the result; a second run meanwhile is ignored', async () => {
    let release!: (r: ExportResult) => void;
    const { bridge, calls } = fakeBridge({ exportCorpus: () => new Promise<ExportResult>((r) => (release = r)) });
    const s = new ExportSession(bridge);
    const seen: string[] = [];
    s.subscribe(() => seen.push(s.getState().run.state));
    const first = s.run({ formats: ['tmx'], includeUnconfirmed: false });
    expect(s.getState().run.state).toBe('running');
    await s.run({ formats: ['tsv'], includeUnconfirmed: false });
    expect(calls).toEqual([['exportCorpus', { formats: ['tmx'], includeUnconfirmed: false }]]);
    release(result({ segments: 3 }));
    const run = await first;
    expect(run.state === 'done' && run.result.segments).toBe(3);
    expect(seen).toEqual(['running', 'done']);
    s.dismiss();
    expect(s.getState().run.state).toBe('idle');
  });

  it('null means the folder dialog was closed; job.cancelled means cancelled; other errors are kept', async () => {
    expect((await new ExportSession(fakeBridge({ exportCorpus: () => null }).bridge).run({ formats: ['tmx'], includeUnconfirmed: false })).state).toBe(
      'noFolder',
    );
    expect(
      (await new ExportSession(fakeBridge({ exportCorpus: apiFailure({ code: 'job.cancelled' }) }).bridge).run({ formats: ['tmx'], includeUnconfirmed: false }))
        .state,
    ).toBe('cancelled');
    const failed = await new ExportSession(fakeBridge({ exportCorpus: apiFailure({ code: 'internal' }) }).bridge).run({
      formats: ['tmx'],
      includeUnconfirmed: false,
    });
    expect(failed.state).toBe('failed');
  });

  it('keeps the choices per bridge (leaving the view keeps them)', () => {
    const { bridge } = fakeBridge({});
    exportSessionFor(bridge).setChoices({ formats: ['tsv'], scope: 'all', minConfidence: '70' });
    expect(exportSessionFor(bridge).getState().choices.formats).toEqual(['tsv']);
    expect(exportSessionFor(fakeBridge({}).bridge).getState().choices).toEqual(DEFAULT_CHOICES);
  });
});

describe('Open TMX/TSV…', () => {
  it('accepts .tmx and .tsv only', () => {
    expect(isBitextName('corpus.tmx')).toBe(true);
    expect(isBitextName('Memory.TMX')).toBe(true);
    expect(isBitextName('a.tsv')).toBe(true);
    expect(isBitextName('a.txt')).toBe(false);
    expect(isBitextName('tmx')).toBe(false);
  });

  it('recognises the readers’ warnings so they can be translated', () => {
    expect(parseBitextWarning('tu p1:3: inline codes dropped')).toEqual({ key: 'inline', params: { id: 'p1:3' } });
    expect(parseBitextWarning('tu 12: no fr variant, skipped')).toEqual({ key: 'missing', params: { id: '12', lang: 'fr' } });
    expect(parseBitextWarning('line 7: 3 cells, expected 10; skipped')).toEqual({ key: 'cells', params: { line: 7, cells: 3, expected: 10 } });
    expect(parseBitextWarning('segment 4: one side is empty, skipped')).toEqual({ key: 'emptySide', params: { n: 4 } });
    expect(parseBitextWarning('something new')).toBeNull();
  });

  it('imports, then refreshes the snapshot; refuses other file types without a call', async () => {
    const report = { imported: [], rejected: [], pair: null, warnings: [] };
    const { bridge, calls } = fakeBridge({ importBitext: () => report });
    let refreshed = 0;
    const s = new BitextImportSession(bridge, async () => void refreshed++);
    expect((await s.open('notes.docx', async () => 'AA==')).state).toBe('wrongType');
    expect(calls).toEqual([]);
    const done = await s.open('corpus.tmx', async () => 'PHRteC8+');
    expect(done).toEqual({ state: 'done', name: 'corpus.tmx', report });
    // A TMX is inspected first (a multilingual one asks for two languages; none here: the fake refuses).
    expect(calls).toEqual([
      ['inspectBitext', { name: 'corpus.tmx', dataBase64: 'PHRteC8+' }],
      ['importBitext', { name: 'corpus.tmx', dataBase64: 'PHRteC8+' }],
    ]);
    expect(refreshed).toBe(1);
  });

  it('refuses a file over the upload limit without reading it', async () => {
    const { bridge, calls } = fakeBridge({ importBitext: () => ({}) });
    const s = new BitextImportSession(bridge, async () => undefined);
    let read = 0;
    const r = await s.open('huge.tmx', async () => String(read++), 80 * 1024 * 1024);
    expect(r.state === 'failed' && (r.error as { error: { code: string } }).error.code).toBe('import.tooLarge');
    expect(read).toBe(0);
    expect(calls).toEqual([]);
  });

  it('keeps a failure with the file name', async () => {
    const s = new BitextImportSession(
      fakeBridge({ importBitext: apiFailure({ code: 'ipc.invalidPayload', params: { reason: 'x' } }) }).bridge,
      async () => undefined,
    );
    const r = await s.open('bad.tsv', async () => '');
    expect(r.state === 'failed' && r.name).toBe('bad.tsv');
  });
});

describe('Ctrl+E', () => {
  const key = (k: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean; shiftKey: boolean }> = {}) => ({
    key: k,
    ctrlKey: false,
    metaKey: false,
    altKey: false,
    shiftKey: false,
    ...mods,
  });
  it('opens the Export view (Cmd+E on a Mac), also from a field; not bare E, not AltGr', () => {
    expect(matchGlobalCommand(key('e', { ctrlKey: true }), false)).toBe('export');
    expect(matchGlobalCommand(key('E', { metaKey: true }), true)).toBe('export');
    expect(matchGlobalCommand(key('e'), false)).toBeNull();
    expect(matchGlobalCommand(key('e', { ctrlKey: true, altKey: true }), false)).toBeNull();
    expect(matchGlobalCommand(key('E', { ctrlKey: true, shiftKey: true }), false)).toBeNull();
  });
  it('is listed in the keys overlay', () => {
    expect(SHORTCUTS.find((s) => s.id === 'export')?.group).toBe('global');
  });
});
