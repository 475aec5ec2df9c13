import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { segmentCommand } from '../../main/cli/commands/segment.js';
import { UsageError } from '../../main/cli/types.js';
import { DEFAULT_SRX } from '../../shared/segment/index.js';

const root = fileURLToPath(new URL('../../', import.meta.url));

async function run(args: string[], cwd = root): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await segmentCommand.run(args, { stdout: (s) => (out += s), stderr: (s) => (err += s), cwd });
  return { code, out, err };
}

describe('bitext segment', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bitext-segment-'));
  writeFileSync(join(dir, 'fr.txt'), '« Merci ! » dit M. Blinken. Il part.\nFin du texte');

  it('prints one sentence per line, detecting the language', async () => {
    const r = await run(['fr.txt'], dir);
    expect(r).toEqual({ code: 0, out: '« Merci ! » dit M. Blinken.\nIl part.\nFin du texte\n', err: '' });
  });

  it('segments the sample corpus', async () => {
    const r = await run(['--lang', 'en', 'corpus/000_07a315d54f2e0aa4.txt']);
    expect(r.code).toBe(0);
    expect(r.out.split('\n').filter(Boolean)).toHaveLength(36);
  });

  it('uses a user SRX file and exports the built-in one', async () => {
    writeFileSync(
      join(dir, 'rules.srx'),
      `<srx xmlns="http://www.lisa.org/srx20" version="2.0"><header segmentsubflows="yes" cascade="no"/><body>
      <languagerules><languagerule languagerulename="Bangs"><rule break="yes"><beforebreak>!</beforebreak><afterbreak>\\s</afterbreak></rule></languagerule></languagerules>
      <maprules><languagemap languagepattern=".*" languagerulename="Bangs"/></maprules></body></srx>`,
    );
    const r = await run(['--lang', 'fr', '--srx', 'rules.srx', 'fr.txt'], dir);
    expect(r).toEqual({ code: 0, out: '« Merci !\n» dit M. Blinken. Il part.\nFin du texte\n', err: '' });
    expect((await run(['--export-srx'])).out).toBe(DEFAULT_SRX);
  });

  it('reports input problems with exit code 1 and usage errors by throwing', async () => {
    expect((await run(['missing.txt'], dir)).code).toBe(1);
    writeFileSync(join(dir, 'bad.srx'), '<srx><body>');
    const bad = await run(['--srx', 'bad.srx', 'fr.txt'], dir);
    expect(bad.code).toBe(1);
    expect(bad.err).toMatch(/bad\.srx: invalid SRX: not well-formed XML/);
    await expect(run([], dir)).rejects.toBeInstanceOf(UsageError);
    await expect(run(['--lang', 'fr!', 'fr.txt'], dir)).rejects.toBeInstanceOf(UsageError);
  });
});
