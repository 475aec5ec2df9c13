// Exporting a project folder: texts, alignments and the text edits in effect (undone ones not),
// through corpusFromProject and the `bitext export` / `bitext clean` commands.
import { renderBoth } from '../../shared/checks/messages/render.js';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanCommand } from '../../main/cli/commands/clean.js';
import { exportCommand } from '../../main/cli/commands/export.js';
import type { CliIo } from '../../main/cli/types.js';
import { corpusFromProject } from '../../main/services/export/corpus-from-project.js';
import { emptyProject, PROJECT_FILE_NAME, serializeProject, type ProjectFile } from '../../shared/project/format.js';
import { corpusDir, listFiles, removeDir, tempDir } from './helpers.js';

const EN = 'Flashing met Xi on Monday.\n\nDescriptive text here\n\nHe said it was useful.';
const FR = 'Clignote a rencontré Xi lundi.\n\nIl a dit que c’était utile.';
const A = 'd_aaaaaaaaaaaa';
const B = 'd_bbbbbbbbbbbb';
const P = 'p_0123456789abcdef';

function docRecord(id: string, name: string, language: string, text: string) {
  return {
    id,
    name,
    relPath: `news/${name}`,
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
    reviewed: language === 'en',
    stats: { words: 10, sentences: 3, chars: text.length },
  };
}

function edit(id: string, docId: string, text: string, before: string, after: string, source = 'manual', findingId?: string) {
  const start = text.indexOf(before);
  return {
    id,
    at: '2024-01-01T00:00:00Z',
    label: 'edit',
    kind: 'text' as const,
    docId,
    start,
    end: start + before.length,
    before,
    after,
    source,
    ...(findingId ? { findingId } : {}),
  };
}

let proj: string;
let out: string;
const io = () => {
  const o = { out: '', err: '' };
  const cli: CliIo = {
    stdout: (s) => {
      o.out += s;
    },
    stderr: (s) => {
      o.err += s;
    },
    cwd: process.cwd(),
  };
  return { o, cli };
};

beforeAll(() => {
  proj = tempDir('bitext-project-');
  out = tempDir();
  const p: ProjectFile = emptyProject('Demo', '2024-01-01T00:00:00Z');
  p.documents = [docRecord(A, 'a-en.txt', 'en', EN), docRecord(B, 'b-fr.txt', 'fr', FR)];
  p.pairs = [{ id: P, a: B, b: A, score: 0.8, kind: 'translation', status: 'confirmed', origin: 'auto' }];
  p.alignments = { [P]: { alignedAt: '2024-01-01T00:00:00Z', beads: 3, confirmed: 1, nSrc: 2, nTgt: 3 } };
  p.history = {
    records: [
      {
        id: 'b1',
        at: '2024-01-01T00:00:00Z',
        label: 'apply',
        kind: 'batch',
        records: [
          edit('e1', A, EN, 'Flashing', 'Blinken', 'name-translation.common-word', 'f_x'),
          edit('e2', B, FR, 'Clignote', 'Blinken', 'name-translation.common-word'),
        ],
      },
      edit('e3', A, EN, '\n\nDescriptive text here', '', 'boilerplate.web-debris'),
      { id: 's1', at: '2024-01-01T00:00:00Z', label: 'dismiss', kind: 'status', target: 'finding:f_rej', before: null, after: 'rejected' },
      // Undone (beyond the cursor): must not be applied.
      edit('e4', A, EN, 'useful', 'USELESS'),
    ],
    cursor: 3,
  };
  writeFileSync(path.join(proj, PROJECT_FILE_NAME), serializeProject(p));
  mkdirSync(path.join(proj, 'texts'));
  writeFileSync(path.join(proj, 'texts', `${A}.txt`), EN);
  writeFileSync(path.join(proj, 'texts', `${B}.txt`), FR);
  mkdirSync(path.join(proj, 'alignments'));
  const spans = (t: string, parts: string[]) => parts.map((s) => ({ start: t.indexOf(s), end: t.indexOf(s) + s.length }));
  writeFileSync(
    path.join(proj, 'alignments', `${P}.json`),
    JSON.stringify({
      pairId: P,
      src: spans(FR, ['Clignote a rencontré Xi lundi.', 'Il a dit que c’était utile.']),
      tgt: spans(EN, ['Flashing met Xi on Monday.', 'Descriptive text here', 'He said it was useful.']),
      beads: [
        { src: [0], tgt: [0], confidence: 0.9, confirmed: true, origin: 'auto' },
        { src: [], tgt: [1], confidence: 0.4, confirmed: false, origin: 'auto' },
        { src: [1], tgt: [2], confidence: 0.8, confirmed: false, origin: 'auto' },
      ],
      crossLinks: [],
    }),
  );
});
afterAll(() => {
  removeDir(proj);
  removeDir(out);
});

describe('corpusFromProject', () => {
  it('reads documents, alignments and the edits in effect', async () => {
    const c = await corpusFromProject(proj, {
      check: (docs) =>
        docs
          .flatMap((d) => [
            {
              id: 'f_x',
              docId: d.id,
              category: 'name-translation' as const,
              rule: 'r',
              severity: 'error' as const,
              start: 0,
              end: 1,
              text: 'F',
              suggestions: [],
              message: { key: 'text', params: { text: 'm' } },
              safe: false,
            },
            {
              id: 'f_rej',
              docId: d.id,
              category: 'spelling' as const,
              rule: 'r',
              severity: 'info' as const,
              start: 0,
              end: 1,
              text: 'F',
              suggestions: [],
              message: { key: 'text', params: { text: 'm' } },
              safe: false,
            },
            {
              id: 'f_open',
              docId: d.id,
              category: 'spelling' as const,
              rule: 'r',
              severity: 'info' as const,
              start: 2,
              end: 3,
              text: 'F',
              suggestions: [],
              message: { key: 'text', params: { text: 'm' } },
              safe: false,
            },
          ])
          .filter((f) => f.docId === A),
    });
    expect(c.languages).toEqual(['en', 'fr']);
    expect(c.documents.map((d) => [d.name, d.language, d.edits.length])).toEqual([
      ['a-en.txt', 'en', 2],
      ['b-fr.txt', 'fr', 1],
    ]);
    expect(c.pairs[0]!.beads).toHaveLength(3);
    expect(c.findings.map((f) => [f.id, f.status])).toEqual([
      ['f_x', 'accepted'],
      ['f_rej', 'rejected'],
      ['f_open', 'open'],
    ]);
  });
});

describe('corpusFromProject with stored findings', () => {
  it("reads findings.json (the app's findings service) instead of running the checks", async () => {
    const file = path.join(proj, 'findings.json');
    writeFileSync(
      file,
      JSON.stringify([
        {
          id: 'f_x',
          docId: A,
          category: 'name-translation',
          rule: 'name-translation.common-word',
          severity: 'error',
          start: 0,
          end: 8,
          text: 'Flashing',
          suggestions: ['Blinken'],
          message: { en: 'm', fr: 'm' },
        },
        {
          id: 'f_y',
          docId: B,
          category: 'spelling',
          rule: 'spelling.dictionary',
          severity: 'info',
          start: 24,
          end: 29,
          text: 'lundi',
          suggestions: [],
          message: { en: 'm', fr: 'm' },
        },
      ]),
    );
    try {
      const c = await corpusFromProject(proj, {
        check: () => {
          throw new Error('should not run');
        },
      });
      expect(c.findings.map((f) => [f.id, f.status])).toEqual([
        ['f_x', 'accepted'],
        ['f_y', 'open'],
      ]);
    } finally {
      rmSync(file);
    }
  });

  it('accepts both evidence shapes: bilingual lines, and the English-only strings of older versions', async () => {
    const file = path.join(proj, 'findings.json');
    const base = { category: 'spelling', rule: 'spelling.dictionary', severity: 'info', suggestions: [], message: { en: 'm', fr: 'm' } };
    writeFileSync(
      file,
      JSON.stringify([
        { ...base, id: 'f_old', docId: A, start: 0, end: 8, text: 'Flashing', evidence: ['the other version has “Blinken” here'] },
        { ...base, id: 'f_new', docId: B, start: 24, end: 29, text: 'lundi', evidence: [{ en: 'b.txt: “Monday”', fr: 'b.txt\u00a0: «\u00a0Monday\u00a0»' }] },
        { ...base, id: 'f_none', docId: B, start: 0, end: 8, text: 'Clignote' },
      ]),
    );
    try {
      const c = await corpusFromProject(proj);
      expect(c.findings.map((f) => [f.id, f.evidence?.map(renderBoth)])).toEqual([
        ['f_old', [{ en: 'the other version has “Blinken” here', fr: 'the other version has “Blinken” here' }]],
        ['f_new', [{ en: 'b.txt: “Monday”', fr: 'b.txt\u00a0: «\u00a0Monday\u00a0»' }]],
        ['f_none', undefined],
      ]);
    } finally {
      rmSync(file);
    }
  });
});

describe('bitext export', () => {
  it('exports confirmed beads only by default, oriented en→fr, with the edits applied', async () => {
    const { o, cli } = io();
    const code = await exportCommand.run(['--project', proj, '--out', out, '--no-checks'], cli);
    expect(o.err).toBe('');
    expect(code).toBe(0);
    expect(o.out).toMatch(/1 segment pair from 1 document pair/);
    expect(readFileSync(path.join(out, 'corpus.en'), 'utf8')).toBe('Blinken met Xi on Monday.\n');
    expect(readFileSync(path.join(out, 'corpus.fr'), 'utf8')).toBe('Blinken a rencontré Xi lundi.\n');
    expect(readFileSync(path.join(out, 'documents/en/news/a-en.txt'), 'utf8')).toBe('Blinken met Xi on Monday.\n\nHe said it was useful.');
    const tmx = readFileSync(path.join(out, 'corpus.tmx'), 'utf8');
    expect(tmx).toContain('<prop type="x-edited">true</prop>');
    expect(tmx).toContain('<note>edits: “Flashing” → “Blinken” (name-translation.common-word)');
    expect(listFiles(out)).toContain('report.html');
  });

  it('--all-beads adds unconfirmed beads; beads with an empty side never appear', async () => {
    const dir = tempDir();
    try {
      const { cli } = io();
      expect(await exportCommand.run(['--project', proj, '--out', dir, '--all-beads', '--formats', 'txt,xliff'], cli)).toBe(0);
      expect(readFileSync(path.join(dir, 'corpus.en'), 'utf8').split('\n')).toEqual(['Blinken met Xi on Monday.', 'He said it was useful.', '']);
      expect(readFileSync(path.join(dir, 'corpus.xlf'), 'utf8')).toMatch(/state="reviewed"[\s\S]*state="translated"/);
      expect(listFiles(dir)).toEqual(['corpus.en', 'corpus.fr', 'corpus.xlf']);
    } finally {
      removeDir(dir);
    }
  });

  it('usage errors and unreadable projects', async () => {
    const { cli } = io();
    await expect(exportCommand.run(['--out', out], cli)).rejects.toThrow(/--project/);
    await expect(exportCommand.run(['--project', proj, '--out', out, '--formats', 'pdf'], cli)).rejects.toThrow(/--formats/);
    const { o, cli: cli2 } = io();
    expect(await exportCommand.run(['--project', out, '--out', out], cli2)).toBe(1);
    expect(o.err).toMatch(/no project/);
  });
});

describe('bitext clean', () => {
  it('the sample corpus: names restored, debris removed, report written', async () => {
    const dir = tempDir();
    try {
      const { o, cli } = io();
      const code = await cleanCommand.run([corpusDir, '--out', dir, '--formats', 'docs,tmx,report', '--lang', 'fr'], cli);
      expect(o.err).toBe('');
      expect(code).toBe(0);
      expect(o.out).toMatch(/not reviewed: exporting every bead with confidence >= 0.5/);
      const docs = listFiles(dir).filter((f) => f.startsWith('documents/'));
      expect(docs).toHaveLength(5);
      for (const f of docs) expect(readFileSync(path.join(dir, f), 'utf8')).not.toMatch(/Flashing|Clignote/);
      expect(
        readFileSync(
          path.join(
            dir,
            docs.find((f) => f.includes('004_'))!,
          ),
          'utf8',
        ),
      ).not.toContain('Descriptive text here');
      expect(readFileSync(path.join(dir, 'report.html'), 'utf8')).toContain('Rapport de qualité');
      // --lang fr: the notes are in French too (issue 11: no English inside a French export).
      expect(readFileSync(path.join(dir, 'corpus.tmx'), 'utf8')).toContain('personne ne les a confirmés');
      expect(readFileSync(path.join(dir, 'corpus.tmx'), 'utf8')).not.toContain('nobody confirmed them');
    } finally {
      removeDir(dir);
    }
  }, 120_000);

  it('--fix none changes nothing', async () => {
    const dir = tempDir();
    try {
      const { cli } = io();
      expect(
        await cleanCommand.run([path.join(corpusDir, '000_07a315d54f2e0aa4.txt'), '--out', dir, '--formats', 'docs', '--fix', 'none', '--no-spell'], cli),
      ).toBe(0);
      expect(readFileSync(path.join(dir, 'documents/en/000_07a315d54f2e0aa4.txt'), 'utf8')).toBe(
        readFileSync(path.join(corpusDir, '000_07a315d54f2e0aa4.txt'), 'utf8'),
      );
    } finally {
      removeDir(dir);
    }
  }, 60_000);

  it('exit 1 for unreadable input, 2 for usage', async () => {
    const { o, cli } = io();
    await expect(cleanCommand.run([corpusDir, '--out', out, '--fix', 'most'], cli)).rejects.toThrow(/--fix/);
    await expect(cleanCommand.run([corpusDir], cli)).rejects.toThrow(/--out/);
    expect(await cleanCommand.run(['/nonexistent/x.txt', '--out', out], cli)).toBe(1);
    expect(o.err).toMatch(/nonexistent/);
  });
});
