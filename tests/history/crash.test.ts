// A short run of the crash test (scripts/crash-test.ts): `bitext serve` killed with SIGKILL during
// bursts of edits; every acknowledged edit must be there after the restart. Uses dist/ (npm run build).
import { describe, expect, it } from 'vitest';
import { runCrashTrials } from '../../scripts/crash-test';

describe('crash during a burst of edits', () => {
  it('keeps every acknowledged edit and reopens every time', async () => {
    const r = await runCrashTrials({ trials: 3, edits: 40, seed: 20261202 });
    expect(r.failures).toEqual([]);
    expect(r.reopened).toBe(3);
    expect(r.lost).toBe(0);
    expect(r.acknowledged).toBeGreaterThan(0);
  }, 180_000);
});
