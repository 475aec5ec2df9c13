// Per-file analysis in a pool of workers with a time budget: a file that runs over gets its own
// error, the worker is replaced, and a normal file analysed at the same time is not held up.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AnalyzePool } from '../../main/services/workers/analyze-pool';
import { docxWithBody } from '../helpers/hostile-files';

const script = path.resolve(__dirname, '../../dist/workers/analyze-worker.js');

describe('analysis pool', () => {
  it('a file over its budget fails alone with its own error; another file analysed meanwhile finishes first', async () => {
    expect(existsSync(script), 'run npm run build').toBe(true);
    // A budget far below what a real (large) Word document needs on any machine (it takes seconds;
    // the times measured are in bench/hostile.ts); a short text needs milliseconds. Only order and outcome are checked.
    const pool = new AnalyzePool({ script }, { size: 2, budgetMs: 500, memoryMb: 512 });
    try {
      const slow = await docxWithBody(6 * 1024 * 1024);
      const normal = new TextEncoder().encode('An ordinary short article. It has two sentences.\n');
      // Both workers loaded and warmed up first (as in a running app): the budget starts after the
      // warm-up, so these never time out, and the race below is between the files alone.
      await Promise.all(['w1.txt', 'w2.txt'].map((name) => pool.analyze({ bytes: normal, name, languages: ['en', 'fr'] })));
      const order: string[] = [];
      const slowRun = pool
        .analyze({ bytes: slow, name: 'slow.docx', languages: ['en', 'fr'] })
        .then(
          () => 'done',
          (e: { code: string }) => e.code,
        )
        .finally(() => order.push('slow'));
      const quick = await pool.analyze({ bytes: normal, name: 'normal.txt', languages: ['en', 'fr'] });
      order.push('normal');
      expect(quick.decoded.text).toContain('ordinary');
      expect(await slowRun).toBe('import.timeout');
      expect(order).toEqual(['normal', 'slow']);
      // The slot got a fresh worker: later files still work.
      expect((await pool.analyze({ bytes: normal, name: 'again.txt', languages: ['en'] })).decoded.text).toContain('two sentences');
    } finally {
      await pool.close();
    }
  }, 60_000);

  it('cancelling stops the file at once', async () => {
    const pool = new AnalyzePool({ script }, { size: 1, budgetMs: 20_000, memoryMb: 512 });
    try {
      const signal = { aborted: false };
      const run = pool.analyze({ bytes: await docxWithBody(6 * 1024 * 1024), name: 'big.docx', languages: ['en'] }, signal);
      setTimeout(() => (signal.aborted = true), 300);
      await expect(run).rejects.toMatchObject({ code: 'job.cancelled' });
    } finally {
      await pool.close();
    }
  }, 30_000);
});
