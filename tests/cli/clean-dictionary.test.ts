// `bitext clean --dictionary FILE`: the editor's hunalign dictionary reaches the one pairing and
// alignment pipeline (cleanCorpus → pairDocuments/alignDocuments); a bad file is named and refused.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';

const seen: Array<Array<[string, string]> | undefined> = [];
vi.mock('../../main/services/export/clean-pipeline.js', async (importOriginal) => {
  const mod = await importOriginal<typeof import('../../main/services/export/clean-pipeline.js')>();
  return {
    ...mod,
    cleanCorpus: (inputs: Parameters<typeof mod.cleanCorpus>[0], opts: Parameters<typeof mod.cleanCorpus>[1]) => {
      seen.push(opts?.dictionary);
      return mod.cleanCorpus(inputs, opts);
    },
  };
});

const { cleanCommand } = await import('../../main/cli/commands/clean.js');
const root = path.resolve(__dirname, '../..');
const tmp = mkdtempSync(path.join(tmpdir(), 'bitext-clean-dict-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

async function run(args: string[]) {
  let out = '',
    err = '';
  const code = await cleanCommand.run(args, { stdout: (s) => (out += s), stderr: (s) => (err += s), cwd: root });
  return { code, out, err };
}

describe('bitext clean --dictionary', () => {
  it('is in the help', () => {
    expect(cleanCommand.help).toMatch(/--dictionary FILE/);
    expect(cleanCommand.help).toMatch(/target @ source/);
  });

  it("passes the dictionary's entries ([source, target]) to the pipeline", async () => {
    const dict = path.join(tmp, 'dict.txt');
    writeFileSync(dict, '\uFEFFrencontre @ meeting\nmenace @ threat\nnot an entry\n');
    seen.length = 0;
    const r = await run(['--dictionary', dict, '--no-spell', '--fix', 'none', '--formats', 'tsv', '--out', path.join(tmp, 'out'), 'corpus']);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/2 pairs aligned/);
    expect(seen).toEqual([
      [
        ['meeting', 'rencontre'],
        ['threat', 'menace'],
      ],
    ]);
  }, 120_000);

  it('names an unreadable or empty dictionary and stops before any work', async () => {
    seen.length = 0;
    const missing = await run(['--dictionary', 'no-such-dictionary.txt', '--out', path.join(tmp, 'x'), 'corpus']);
    expect(missing.code).toBe(1);
    expect(missing.err).toMatch(/no-such-dictionary\.txt/);
    const empty = path.join(tmp, 'empty.txt');
    writeFileSync(empty, 'nothing here\n');
    const r = await run(['--dictionary', empty, '--out', path.join(tmp, 'y'), 'corpus']);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/empty\.txt: no dictionary entries/);
    expect(seen).toEqual([]);
  });
});
