import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { pairCommand } from '../../main/cli/commands/pair.js';
import { UsageError } from '../../main/cli/types.js';

const root = fileURLToPath(new URL('../../', import.meta.url));

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await pairCommand.run(args, { stdout: (s) => (out += s), stderr: (s) => (err += s), cwd: root });
  return { code, out, err };
}

describe('bitext pair', () => {
  it('--json lists every pair of a folder, best first, with a, b, score, kind, suggested, evidence', async () => {
    const r = await run(['--json', 'corpus']);
    expect(r.code).toBe(0);
    const rows = JSON.parse(r.out) as Array<Record<string, unknown>>;
    expect(rows).toHaveLength(10);
    for (const row of rows) {
      expect(Object.keys(row)).toEqual(['a', 'b', 'score', 'kind', 'suggested', 'evidence']);
      expect(Number((row.score as number).toFixed(4))).toBe(row.score);
      expect(typeof row.suggested).toBe('boolean');
      const ev = row.evidence as Record<string, unknown>;
      expect(Array.isArray(ev.names) && Array.isArray(ev.numbers) && typeof ev.shared === 'number').toBe(true);
    }
    for (let k = 1; k < rows.length; k++) expect(rows[k - 1]!.score as number).toBeGreaterThanOrEqual(rows[k]!.score as number);
    // Exactly the two stories told twice are suggested; every other candidate is listed, unsuggested.
    const suggested = rows.filter((x) => x.suggested).map((x) => `${x.a} ${x.b} ${x.kind}`);
    expect(suggested.sort()).toEqual([
      'corpus/000_07a315d54f2e0aa4.txt corpus/001_2e2be9141cb380e2.txt version',
      'corpus/002_c5a6547c0aa22e93.txt corpus/004_aad8ed66e90f3308.txt translation',
    ]);
    const top = rows[0]!.evidence as { names: string[] };
    expect(top.names.length).toBeGreaterThan(0);
    const firstTwo = rows.slice(0, 2).map((x) => `${x.a} ${x.b}`);
    expect(firstTwo).toEqual(
      expect.arrayContaining([
        'corpus/000_07a315d54f2e0aa4.txt corpus/001_2e2be9141cb380e2.txt',
        'corpus/002_c5a6547c0aa22e93.txt corpus/004_aad8ed66e90f3308.txt',
      ]),
    );
  });

  it('prints a table by default and reports unreadable inputs with exit code 1', async () => {
    const r = await run(['corpus/000_07a315d54f2e0aa4.txt', 'corpus/001_2e2be9141cb380e2.txt', 'no-such-file.txt']);
    expect(r.code).toBe(1);
    expect(r.out.split('\n')[0]).toMatch(/^SCORE\s+KIND\s+A\s+B$/);
    expect(r.out).toMatch(/version\*?\s+corpus\/000_07a315d54f2e0aa4\.txt\s+corpus\/001_2e2be9141cb380e2\.txt/);
    expect(r.err).toMatch(/no-such-file\.txt/);
  });

  it('rejects bad usage', async () => {
    await expect(run([])).rejects.toBeInstanceOf(UsageError);
    await expect(run(['--min-score', '2', 'corpus'])).rejects.toBeInstanceOf(UsageError);
  });

  it('reads a user dictionary and reports an unreadable one', async () => {
    const r = await run(['--dictionary', 'no-such-dictionary.txt', 'corpus']);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/no-such-dictionary\.txt/);
    // A file without one "target @ source" line is not a dictionary (as in the app and `clean`).
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'bitext-pair-dict-')), 'words.txt');
    writeFileSync(file, 'meeting rencontre\nthreat = menace\n');
    const empty = await run(['--dictionary', file, 'corpus']);
    expect(empty.code).toBe(1);
    expect(empty.err).toMatch(/words\.txt: no dictionary entries/);
  });
});
