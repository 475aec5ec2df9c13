import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { decodeFile } from '../../main/services/import/decode.js';
import { readFileForImport } from '../../main/services/import/read-file.js';

const corpusDir = fileURLToPath(new URL('../../corpus/', import.meta.url));
const seeds = (await readdir(corpusDir)).filter((name) => name.endsWith('.txt')).sort();

describe('seed corpus', () => {
  it('has the five seeds, including the two that `file` calls "Blink archive data"', () => {
    expect(seeds.length).toBeGreaterThanOrEqual(5);
    expect(seeds.some((s) => s.startsWith('003_'))).toBe(true);
    expect(seeds.some((s) => s.startsWith('004_'))).toBe(true);
  });

  it.each(seeds)('%s is plain UTF-8 with LF and round-trips exactly', async (name) => {
    const bytes = await readFile(join(corpusDir, name));
    const fileText = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    // Preconditions that make "decoded === file text" the right expectation.
    expect(fileText.includes('\r')).toBe(false);
    expect(fileText.normalize('NFC')).toBe(fileText);

    const decoded = await decodeFile(bytes, name);
    expect(decoded.text).toBe(fileText);
    expect(decoded).toMatchObject({ format: 'txt', encoding: 'utf-8', bom: false, normalized: false });
    expect(decoded.lineEnding).toBe(fileText.includes('\n') ? 'lf' : 'none');
  });

  it('starts with "Blink" for 003 and 004 and still imports as text', async () => {
    for (const name of seeds.filter((s) => /^00[34]_/.test(s))) {
      const { bytes, decoded } = await readFileForImport(join(corpusDir, name));
      expect(Buffer.from(bytes.subarray(0, 5)).toString('latin1')).toBe('Blink');
      expect(decoded.text.startsWith('Blink')).toBe(true);
    }
  });
});
