// `bitext check` on a very large file stopped at --time-limit: the file keeps the findings of the
// windows checked in time, JSON says where it stopped ("partial", additive), the readable output
// says it in one line, and the check.timeLimit error is on stderr (exit 1). The budget is stopped
// on an injected clock halfway into the second window (not the machine's speed), and windows are
// made small so that a small file stands for a huge one.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { windowSpans } from '../../main/services/checks/large-docs.js';
import { hostileText } from '../helpers/hostile-files.js';

const WINDOW = 20_000;
vi.mock('../../main/services/checks/run.js', async (importOriginal) => {
  const mod = await importOriginal<typeof import('../../main/services/checks/run.js')>();
  return {
    ...mod,
    checkCorpus: (inputs: Parameters<typeof mod.checkCorpus>[0], opts: NonNullable<Parameters<typeof mod.checkCorpus>[1]>) => {
      const big = inputs.find((d) => d.text.length > 2 * WINDOW);
      const n = big ? windowSpans(big.text, WINDOW).length : 1;
      let late = false;
      return mod.checkCorpus(inputs, {
        ...opts,
        windowChars: WINDOW,
        now: () => (late ? 1e15 : 0),
        // The large document is the last step of progress, in hundredths: its own fraction.
        onProgress: (done, total) => {
          if (1 - (total - done) / 100 >= 1.5 / n) late = true;
        },
      });
    },
  };
});

const { checkCommand } = await import('../../main/cli/commands/check.js');
const tmp = mkdtempSync(path.join(tmpdir(), 'bitext-check-partial-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const bigText = `It was the the end. ${hostileText.ordinary(200_000)}`;
writeFileSync(path.join(tmp, 'big.txt'), bigText);
writeFileSync(path.join(tmp, 'small.txt'), 'The council said that the bridge would reopen in spring. The the minister confirmed it.\n');

async function run(args: string[]) {
  let out = '',
    err = '';
  const code = await checkCommand.run(args, { stdout: (s) => (out += s), stderr: (s) => (err += s), cwd: tmp });
  return { code, out, err };
}

describe('bitext check: a very large file past its time limit is partly checked', () => {
  it('--json: its findings so far and "partial"; the other file as before; check.timeLimit on stderr', async () => {
    const { code, out, err } = await run(['--json', 'big.txt', 'small.txt']);
    expect(code).toBe(1);
    const results = JSON.parse(out) as Array<{
      file: string;
      findings: Array<{ rule: string; start: number; end: number }>;
      partial?: { checkedChars: number; totalChars: number };
    }>;
    const big = results.find((r) => r.file.endsWith('big.txt'))!;
    const small = results.find((r) => r.file.endsWith('small.txt'))!;
    expect(big.partial!.totalChars).toBe(bigText.length);
    const spans = windowSpans(bigText, WINDOW);
    expect([spans[0]!.end, spans[1]!.end]).toContain(big.partial!.checkedChars);
    expect(big.findings.some((f) => f.rule === 'repetition.doubled-word' && f.start === 'It was '.length)).toBe(true);
    expect(big.findings.every((f) => f.end <= big.partial!.checkedChars)).toBe(true);
    expect(Object.keys(big)).toEqual(['file', 'language', 'findings', 'partial']);
    expect(small.partial).toBeUndefined();
    expect(small.findings.some((f) => f.rule === 'repetition.doubled-word')).toBe(true);
    expect(err).toMatch(/big\.txt: checking this file took longer than 8 s/u); // the default budget
    expect(err).not.toMatch(/small\.txt/u);
  }, 120_000);

  it('readable output: one line says where it stopped', async () => {
    const { code, out } = await run(['big.txt']);
    expect(code).toBe(1);
    expect(out).toMatch(new RegExp(`^  partly checked: stopped at the time limit after \\d+ of ${bigText.length} characters \\(\\d+%\\)$`, 'mu'));
  }, 120_000);
});
