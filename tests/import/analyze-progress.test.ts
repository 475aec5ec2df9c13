// A large file's analysis tells its share done while it runs (not only when it ends), in-process
// and from a pool worker, so an import's progress moves within one big file.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../main/services/analyze';
import { AnalyzePool } from '../../main/services/workers/analyze-pool';
import { largeEnglishText } from '../helpers/large-text';

const script = path.resolve(__dirname, '../../dist/workers/analyze-worker.js');

function expectProgress(shares: number[], atLeast: number, duringDetection = true) {
  expect(shares.length).toBeGreaterThanOrEqual(atLeast);
  for (let i = 0; i < shares.length; i++) {
    expect(shares[i]).toBeGreaterThan(0);
    expect(shares[i]).toBeLessThanOrEqual(1);
    if (i > 0) expect(shares[i]).toBeGreaterThanOrEqual(shares[i - 1]!);
  }
  // Told during detection, not only at the phase ends.
  if (duringDetection) expect(shares.filter((s) => s > 0.05 && s < 0.8).length).toBeGreaterThanOrEqual(1);
}

describe('analysis progress', () => {
  it('a large text reports many increasing shares, ending at 1, and the same result as without progress', async () => {
    const bytes = new TextEncoder().encode(largeEnglishText(1_000_000));
    const req = { bytes, name: 'large.txt', languages: ['en', 'fr'] };
    const shares: number[] = [];
    const r = await analyzeDocument(req, (f) => shares.push(f));
    expectProgress(shares, 5);
    expect(shares.at(-1)).toBe(1);
    const plain = await analyzeDocument(req);
    expect(r.stats).toEqual(plain.stats);
    expect(r.detection.language).toBe('en');
  });

  it('a pool worker forwards the shares while it analyses a large file', async () => {
    expect(existsSync(script), 'run npm run build').toBe(true);
    const pool = new AnalyzePool({ script }, { size: 1, budgetMs: 60_000, memoryMb: 768 });
    try {
      const bytes = new TextEncoder().encode(largeEnglishText(1_900_000));
      const shares: number[] = [];
      const r = await pool.analyze({ bytes, name: 'large.txt', languages: ['en', 'fr'] }, undefined, (f) => shares.push(f));
      expect(r.stats.sentences).toBeGreaterThan(10_000);
      // The worker tells at most every 100 ms, so how many shares cross depends on the machine's
      // speed (a quiet machine reads this text in about 100 ms): the test asks that they cross at
      // all and stay in order; telling during detection is the in-process test's.
      expectProgress(shares, 1, false);
    } finally {
      await pool.close();
    }
  }, 60_000);
});
