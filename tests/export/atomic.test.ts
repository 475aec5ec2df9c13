// A cancelled or failing export leaves no partial file and no temporary file behind.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exportCorpus } from '../../main/services/export/export-corpus.js';
import { ExportCancelled, writeStreamedFile } from '../../main/services/export/stream-file.js';
import { hostileCorpus, listFiles, removeDir, tempDir } from './helpers.js';

let dir: string;
beforeEach(() => {
  dir = tempDir();
});
afterEach(() => removeDir(dir));

function* chunks(n: number, failAt = -1): Generator<string> {
  for (let i = 0; i < n; i++) {
    if (i === failAt) throw new Error('disk on fire');
    yield `line ${i} ${'x'.repeat(1000)}\n`;
  }
}

describe('writeStreamedFile', () => {
  it('writes everything and leaves only the target', async () => {
    const target = path.join(dir, 'sub', 'out.txt');
    const { bytes } = await writeStreamedFile(target, chunks(1000), { bufferSize: 4096 });
    expect(bytes).toBe(readFileSync(target).length);
    expect(listFiles(dir)).toEqual(['sub/out.txt']);
  });

  it('a failing generator leaves no file and no temp file; an older file stays intact', async () => {
    const target = path.join(dir, 'out.txt');
    writeFileSync(target, 'previous export');
    await expect(writeStreamedFile(target, chunks(1000, 700), { bufferSize: 4096 })).rejects.toThrow('disk on fire');
    expect(listFiles(dir)).toEqual(['out.txt']);
    expect(readFileSync(target, 'utf8')).toBe('previous export');
  });

  it('cancellation mid-way leaves nothing', async () => {
    const signal = { aborted: false };
    const target = path.join(dir, 'out.txt');
    let flushed = 0;
    const p = writeStreamedFile(target, chunks(5000), {
      signal,
      bufferSize: 4096,
      onBytes: () => {
        if (++flushed === 3) signal.aborted = true;
      },
    });
    await expect(p).rejects.toBeInstanceOf(ExportCancelled);
    expect(flushed).toBeGreaterThanOrEqual(3);
    expect(listFiles(dir)).toEqual([]);
  });

  it('takes async iterables', async () => {
    async function* gen() {
      yield 'a';
      await new Promise((r) => setTimeout(r, 1));
      yield 'b';
    }
    await writeStreamedFile(path.join(dir, 'x'), gen());
    expect(readFileSync(path.join(dir, 'x'), 'utf8')).toBe('ab');
  });
});

describe('exportCorpus', () => {
  it('cancelled during the third file: the first two are complete, nothing else is there', async () => {
    const signal = { aborted: false };
    const big = hostileCorpus(Array.from({ length: 3000 }, (_, i) => [`Sentence ${i} in English.`, `Phrase ${i} en français.`] as [string, string]));
    await expect(
      exportCorpus(big, dir, {
        formats: ['tmx', 'tsv', 'xliff', 'jsonl'],
        includeUnconfirmed: true,
        signal,
        onProgress: (p) => {
          if (p.step === 3 && p.done >= 1000) signal.aborted = true;
        },
      }),
    ).rejects.toBeInstanceOf(ExportCancelled);
    expect(listFiles(dir)).toEqual(['corpus.tmx', 'corpus.tsv']);
    expect(readFileSync(path.join(dir, 'corpus.tmx'), 'utf8')).toMatch(/<\/tmx>\n$/);
  });

  it('reports progress per file up to the total', async () => {
    const seen: string[] = [];
    await exportCorpus(hostileCorpus(), dir, {
      formats: ['tmx', 'txt'],
      onProgress: (p) => {
        if (p.done === p.total) seen.push(`${p.step}/${p.steps} ${p.file}`);
      },
    });
    expect([...new Set(seen)]).toEqual(['1/3 corpus.tmx', '2/3 corpus.en', '3/3 corpus.fr']);
  });
});
