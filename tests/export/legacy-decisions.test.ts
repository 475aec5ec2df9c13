// Projects saved before finding ids were stable recorded decisions under the old offset-based id:
// the export (like the app) still honours them, through the alias, and the new id wins when both exist.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { corpusFromProject } from '../../main/services/export/corpus-from-project.js';
import { legacyFindingId } from '../../main/services/findings/legacy-id.js';
import { findingIdIn } from '../../shared/checks/finding-id.js';
import { emptyProject, PROJECT_FILE_NAME, serializeProject } from '../../shared/project/format.js';
import { removeDir, tempDir } from './helpers.js';

const TEXT = 'We saw the the results.\n\nThey met on Monday.';
const D = 'd_cccccccccccc';
const dir = tempDir('bitext-legacy-');
afterAll(() => removeDir(dir));

describe('decisions recorded under the older finding ids', () => {
  it('a rejection recorded under the offset-based id still holds', async () => {
    const p = emptyProject('Legacy', '2024-01-01T00:00:00Z');
    p.documents = [
      {
        id: D,
        name: 'a.txt',
        relPath: 'a.txt',
        format: 'txt',
        sha256: 'c'.repeat(64),
        size: TEXT.length,
        sourcePath: null,
        encoding: 'utf-8',
        encodingForced: false,
        bom: false,
        lineEnding: 'lf',
        normalized: false,
        importedAt: '2024-01-01T00:00:00Z',
        detection: { language: 'en', confidence: 0.9, segments: [{ start: 0, end: TEXT.length, language: 'en', confidence: 0.9, inherited: false }] },
        override: null,
        reviewed: false,
        stats: { words: 9, sentences: 2, chars: TEXT.length },
      },
    ];
    const start = TEXT.indexOf('the the');
    const base = {
      docId: D,
      category: 'repetition',
      severity: 'warning',
      start,
      end: start + 7,
      text: 'the the',
      suggestions: ['the'],
      message: { key: 'repetition.doubled-word', params: { words: 'the the' } },
      safe: true,
    };
    const doubled = { ...base, rule: 'repetition.doubled-word', id: findingIdIn(TEXT, D, 'repetition.doubled-word', 'the the', start, start + 7) };
    const phrase = { ...base, rule: 'repetition.phrase', id: findingIdIn(TEXT, D, 'repetition.phrase', 'the the', start, start + 7) };
    p.history = {
      records: [
        {
          id: 's1',
          at: '2024-01-01T00:00:00Z',
          label: 'reject-finding',
          kind: 'status',
          target: `finding:${legacyFindingId(doubled)}`,
          before: null,
          after: 'rejected',
          note: 'old',
        },
        // Both ids recorded: the finding's own id wins.
        {
          id: 's2',
          at: '2024-01-01T00:00:00Z',
          label: 'reject-finding',
          kind: 'status',
          target: `finding:${legacyFindingId(phrase)}`,
          before: null,
          after: 'rejected',
        },
        { id: 's3', at: '2024-01-01T00:00:00Z', label: 'reopen-finding', kind: 'status', target: `finding:${phrase.id}`, before: 'rejected', after: 'open' },
      ],
      cursor: 3,
    };
    writeFileSync(path.join(dir, PROJECT_FILE_NAME), serializeProject(p));
    mkdirSync(path.join(dir, 'texts'));
    writeFileSync(path.join(dir, 'texts', `${D}.txt`), TEXT);
    writeFileSync(path.join(dir, 'findings.json'), JSON.stringify([doubled, phrase]));
    const c = await corpusFromProject(dir);
    expect(c.findings.map((f) => [f.rule, f.status])).toEqual([
      ['repetition.doubled-word', 'rejected'],
      ['repetition.phrase', 'open'],
    ]);
  });
});
