// Issue 11, "messages that are true and human": notes and the QA report name documents and pairs
// by their file names (never by internal ids), say which pairs were left out and why, follow the
// selection actually used, and a French export reads French (no English note inside it).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { corpusFromProject } from '../../main/services/export/corpus-from-project.js';
import { exportCorpus } from '../../main/services/export/export-corpus.js';
import { noteText, type ExportNote } from '../../shared/export/notes.js';
import { emptyProject, PROJECT_FILE_NAME, serializeProject, type ProjectFile } from '../../shared/project/format.js';
import { removeDir, tempDir } from './helpers.js';

const ID = /\b[pd]_[0-9a-f]{8,}\b/;
const EN1 = 'The minister arrived on Monday.\n\nThe talks lasted three hours.';
const FR1 = 'Le ministre est arrivé lundi.\n\nLes discussions ont duré trois heures.';
const docs = {
  d_aaaaaaaaaaaa: ['visit-en.txt', 'en', EN1],
  d_bbbbbbbbbbbb: ['visite-fr.txt', 'fr', FR1],
  d_cccccccccccc: ['budget-en.txt', 'en', 'The budget grew.'],
  d_dddddddddddd: ['budget-fr.txt', 'fr', 'Le budget a augmenté.'],
  d_eeeeeeeeeeee: ['budget-en-v2.txt', 'en', 'The budget grew a lot.'],
} as const;
const P_OK = 'p_0123456789abcdef';
const P_LOST = 'p_447ed61fd51d3bdd';
const P_VERSION = 'p_fedcba9876543210';
const P_REJECTED = 'p_00112233445566aa';

let proj: string;
let out: string;
beforeAll(() => {
  proj = tempDir('bitext-notes-');
  out = tempDir();
  const p: ProjectFile = emptyProject('Notes', '2024-01-01T00:00:00Z');
  p.documents = Object.entries(docs).map(([id, [name, language, text]]) => ({
    id,
    name,
    relPath: name,
    format: 'txt' as const,
    sha256: 'a'.repeat(64),
    size: text.length,
    sourcePath: null,
    encoding: 'utf-8',
    encodingForced: false,
    bom: false,
    lineEnding: 'lf' as const,
    normalized: false,
    importedAt: '2024-01-01T00:00:00Z',
    detection: { language, confidence: 0.97, segments: [{ start: 0, end: text.length, language, confidence: 0.97, inherited: false }] },
    override: null,
    reviewed: false,
    stats: { words: 5, sentences: 2, chars: text.length },
  }));
  p.pairs = [
    { id: P_OK, a: 'd_aaaaaaaaaaaa', b: 'd_bbbbbbbbbbbb', score: 0.9, kind: 'translation', status: 'confirmed', origin: 'auto' },
    // Its alignment file is missing: left out, and said so by file names.
    { id: P_LOST, a: 'd_cccccccccccc', b: 'd_dddddddddddd', score: 0.8, kind: 'translation', status: 'suggested', origin: 'auto' },
    { id: P_VERSION, a: 'd_cccccccccccc', b: 'd_eeeeeeeeeeee', score: 0.9, kind: 'version', status: 'suggested', origin: 'auto' },
    { id: P_REJECTED, a: 'd_eeeeeeeeeeee', b: 'd_dddddddddddd', score: 0.3, kind: 'translation', status: 'rejected', origin: 'auto' },
  ];
  p.alignments = {
    [P_OK]: { alignedAt: '2024-01-01T00:00:00Z', beads: 2, confirmed: 1, nSrc: 2, nTgt: 2 },
    [P_VERSION]: { alignedAt: '2024-01-01T00:00:00Z', beads: 1, confirmed: 0, nSrc: 1, nTgt: 1 },
    [P_REJECTED]: { alignedAt: '2024-01-01T00:00:00Z', beads: 1, confirmed: 0, nSrc: 1, nTgt: 1 },
  };
  writeFileSync(path.join(proj, PROJECT_FILE_NAME), serializeProject(p));
  mkdirSync(path.join(proj, 'texts'));
  for (const [id, [, , text]] of Object.entries(docs)) writeFileSync(path.join(proj, 'texts', `${id}.txt`), text);
  mkdirSync(path.join(proj, 'alignments'));
  const spans = (t: string) => t.split('\n\n').map((s) => ({ start: t.indexOf(s), end: t.indexOf(s) + s.length }));
  writeFileSync(
    path.join(proj, 'alignments', `${P_OK}.json`),
    JSON.stringify({
      pairId: P_OK,
      src: spans(EN1),
      tgt: spans(FR1),
      crossLinks: [],
      beads: [
        { src: [0], tgt: [0], confidence: 0.9, confirmed: true, origin: 'auto' },
        { src: [1], tgt: [1], confidence: 0.8, confirmed: false, origin: 'auto' },
      ],
    }),
  );
  for (const [id, a, b] of [
    [P_VERSION, 'The budget grew.', 'The budget grew a lot.'],
    [P_REJECTED, 'The budget grew a lot.', 'Le budget a augmenté.'],
  ] as const) {
    writeFileSync(
      path.join(proj, 'alignments', `${id}.json`),
      JSON.stringify({
        pairId: id,
        src: spans(a),
        tgt: spans(b),
        crossLinks: [],
        beads: [{ src: [0], tgt: [0], confidence: 0.9, confirmed: false, origin: 'auto' }],
      }),
    );
  }
});
afterAll(() => {
  removeDir(proj);
  removeDir(out);
});

async function exportIn(ui: 'en' | 'fr', includeUnconfirmed = false) {
  const dir = path.join(out, `${ui}-${includeUnconfirmed}`);
  const corpus = await corpusFromProject(proj);
  const summary = await exportCorpus(corpus, dir, { formats: ['tmx', 'xliff12', 'report'], uiLanguage: ui, includeUnconfirmed });
  const read = (f: string) => readFileSync(path.join(dir, f), 'utf8');
  return { summary, report: read('report.html'), tmx: read('corpus.tmx'), xliff: read('corpus.xliff12.xlf') };
}

/** The texts of the notes section of a report (the list under the Notes heading). */
function reportNotes(html: string): string[] {
  const m = /<h3>(?:Notes|Remarques)<\/h3>\n<ul>(.*?)<\/ul>/s.exec(html);
  return m ? [...m[1]!.matchAll(/<li>(.*?)<\/li>/g)].map((x) => x[1]!) : [];
}

describe('export notes and the QA report', () => {
  it('names every left-out pair by its file names, with the reason', async () => {
    const { summary, report } = await exportIn('en');
    expect(summary.leftOut).toEqual(
      expect.arrayContaining([
        { a: 'budget-en.txt', b: 'budget-fr.txt', reason: 'no-alignment' },
        { a: 'budget-en.txt', b: 'budget-en-v2.txt', reason: 'version' },
        { a: 'budget-en-v2.txt', b: 'budget-fr.txt', reason: 'rejected' },
      ]),
    );
    expect(summary.leftOut).toHaveLength(3);
    const notes = reportNotes(report);
    expect(notes.some((n) => n.includes('budget-en.txt ↔ budget-fr.txt') && /could not be read/.test(n))).toBe(true);
    expect(notes.some((n) => n.includes('budget-en.txt ↔ budget-en-v2.txt') && /same language/.test(n))).toBe(true);
  });

  it('never shows an internal id in EN or FR notes, report, TMX or XLIFF header', async () => {
    for (const ui of ['en', 'fr'] as const) {
      const { report, tmx, xliff } = await exportIn(ui);
      expect(report).not.toMatch(ID);
      // TMX props (x-pair) and XLIFF contexts hold ids as data for tools; the notes must not.
      for (const note of [...tmx.matchAll(/<note>(.*?)<\/note>/g), ...xliff.matchAll(/<note>(.*?)<\/note>/g)]) expect(note[1]).not.toMatch(ID);
    }
  });

  it('the French report holds no English note: every note is worded in French', async () => {
    const en = reportNotes((await exportIn('en')).report);
    const fr = reportNotes((await exportIn('fr')).report);
    expect(fr).toHaveLength(en.length);
    expect(fr.length).toBeGreaterThan(0);
    // Same notes, different words: none of the French ones equals its English one, and none
    // holds the English function words every English sentence has.
    fr.forEach((n, i) => expect(n).not.toBe(en[i]));
    for (const n of fr) expect(n).not.toMatch(/\b(the|was|is|are|not|only|could|those|with)\b/i);
    // Every kind of note, in French, in every variant.
    const all: ExportNote[] = [
      { kind: 'pairLeftOut', a: 'x.txt', b: null, reason: 'missing-document' },
      ...(['rejected', 'version', 'languages', 'missing-document', 'no-alignment'] as const).map((reason): ExportNote => ({
        kind: 'pairLeftOut',
        a: 'x.txt',
        b: 'y.txt',
        reason,
      })),
      { kind: 'selection', includeUnconfirmed: false },
      { kind: 'selection', includeUnconfirmed: true },
      { kind: 'selection', includeUnconfirmed: true, minConfidence: 0.5 },
      { kind: 'cleanUnreviewed', minConfidence: 0.5 },
      { kind: 'cleanFixes', fix: 'none' },
      { kind: 'cleanFixes', fix: 'safe' },
      { kind: 'cleanFixes', fix: 'all' },
    ];
    for (const n of all) {
      const f = noteText(n, 'fr');
      expect(f).not.toBe(noteText(n, 'en'));
      expect(f.replace(/--fix \w+|bitext clean/g, '')).not.toMatch(/\b(the|was|is|are|not|only|could|those|with|no|of)\b/i);
    }
  });

  it('a unit note on the edits behind it is in the export language', async () => {
    const corpus = await corpusFromProject(proj);
    const en = corpus.documents.find((d) => d.name === 'visit-en.txt')!;
    const at = en.originalText.indexOf('three hours');
    en.edits = [{ start: at, end: at + 'three hours'.length, before: 'three hours', after: '', source: 'manual' }];
    for (const [ui, label, removed] of [
      ['en', 'edits', '(removed)'],
      ['fr', 'modifications', '(supprimé)'],
    ] as const) {
      const dir = path.join(out, `edits-${ui}`);
      await exportCorpus(corpus, dir, { formats: ['tmx'], uiLanguage: ui, includeUnconfirmed: true });
      expect(readFileSync(path.join(dir, 'corpus.tmx'), 'utf8')).toContain(`<note>${label}: “three hours” → ${removed} (manual)</note>`);
    }
  });

  it('the selection note follows the options actually used', async () => {
    const confirmedOnly = reportNotes((await exportIn('en', false)).report);
    const all = reportNotes((await exportIn('en', true)).report);
    expect(confirmedOnly.some((n) => /only those an editor confirmed/.test(n))).toBe(true);
    expect(all.some((n) => /only those an editor confirmed/.test(n))).toBe(false);
    expect(all.some((n) => /all of them, confirmed or not/.test(n))).toBe(true);
  });
});
