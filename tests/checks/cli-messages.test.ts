// `bitext check --json` keeps its fields exactly; `message` is a string in the CLI's language
// (English by default, French with --lang fr), rendered from the same catalogues as the app.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkCommand } from '../../main/cli/commands/check.js';
import { UsageError, type CliIo } from '../../main/cli/types.js';

const corpus = path.resolve(__dirname, '../../corpus');
const file = path.join(corpus, '000_07a315d54f2e0aa4.txt');

async function run(args: string[]) {
  const o = { out: '', err: '' };
  const io: CliIo = {
    stdout: (s) => {
      o.out += s;
    },
    stderr: (s) => {
      o.err += s;
    },
    cwd: process.cwd(),
  };
  let code: number;
  try {
    code = await checkCommand.run(args, io);
  } catch (e) {
    code = e instanceof UsageError ? 2 : 1;
  }
  return { code, ...o };
}

describe('bitext check messages', () => {
  it('--json: the same fields, message a string in English by default and in French with --lang fr', async () => {
    const en = await run(['--json', file]);
    expect(en.code).toBe(0);
    const [doc] = JSON.parse(en.out) as Array<{ findings: Array<Record<string, unknown>> }>;
    expect(doc!.findings.length).toBeGreaterThan(0);
    for (const f of doc!.findings) {
      expect(Object.keys(f).sort()).toEqual(['category', 'end', 'message', 'rule', 'severity', 'start', 'suggestions', 'text']);
      expect(typeof f['message']).toBe('string');
      expect(f['message']).not.toMatch(/^[a-z-]+\.[a-z-]+/u); // never a catalogue key
    }
    const flashing = doc!.findings.find((f) => f['text'] === 'Flashing')!;
    expect(flashing['message']).toBe('“Flashing” looks like the name Blinken translated as a common word');
    const fr = await run(['--json', '--lang', 'fr', file]);
    const [docFr] = JSON.parse(fr.out) as Array<{ findings: Array<Record<string, unknown>> }>;
    expect(docFr!.findings.find((f) => f['text'] === 'Flashing')!['message']).toBe(
      '«\u00a0Flashing\u00a0» semble être le nom Blinken traduit comme un mot courant',
    );
    expect(docFr!.findings.map((f) => f['text'])).toEqual(doc!.findings.map((f) => f['text']));
  });

  it('--lang takes en or fr only', async () => {
    expect((await run(['--lang', 'de', file])).code).toBe(2);
  });
});
