// What one accepted fix costs the renderer in requests, end to end: the real `bitext serve` on a
// fresh project, the built renderer in Chromium. Every /api request the page makes from pressing
// Accept until the background re-check has ended and the page is quiet is counted, once in the
// document view and once in the Pair view. The events name what changed (document-changed {id},
// findings-changed {docIds}), so the page asks only for that: the fixed document's findings and
// clean text, never the whole snapshot. The figures are printed for docs/benchmarks.md.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useServedApp } from './harness.js';

const panel = (page: Page) => page.getByTestId('findings-panel');
const openCount = async (page: Page) => Number(await panel(page).locator('h2 .count-badge').innerText());

/** The /api calls the page makes (the event stream left out), in order. */
function recordCalls(page: Page): string[] {
  const calls: string[] = [];
  page.on('request', (r) => {
    const { pathname } = new URL(r.url());
    if (pathname.startsWith('/api/') && pathname !== '/api/events') calls.push(pathname.slice('/api/'.length));
  });
  return calls;
}

/** Listens to the server's events from inside the page (its own stream), to know when a re-check ends. */
async function watchJobs(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __checksEnded: number };
    w.__checksEnded = 0;
    const token = sessionStorage.getItem('bitext.token') ?? '';
    const es = new EventSource(`/api/events?token=${encodeURIComponent(token)}`);
    es.onmessage = (m) => {
      const e = JSON.parse(m.data as string) as { type: string; job?: { kind: string; state: string } };
      if (e.type === 'job' && e.job?.kind === 'check' && e.job.state !== 'running') w.__checksEnded++;
    };
  });
}

const checksEnded = (page: Page) => page.evaluate(() => (window as unknown as { __checksEnded: number }).__checksEnded);

/** Waits until the calls stop growing for `quietMs` (the answers to the last events have arrived). */
async function quiet(calls: string[], quietMs = 2500): Promise<void> {
  let seen = -1;
  while (seen !== calls.length) {
    seen = calls.length;
    await new Promise((r) => setTimeout(r, quietMs));
  }
}

/** Presses Accept on the selected finding; returns the calls made until the re-check is over and the page quiet. */
async function callsOfOneAccept(page: Page, calls: string[]): Promise<string[]> {
  await quiet(calls);
  const before = await openCount(page);
  const checks = await checksEnded(page);
  const from = calls.length;
  await page.getByTestId('finding-detail').getByTestId('accept-suggestion').first().click();
  await expect.poll(() => openCount(page), { timeout: 30_000 }).toBe(before - 1);
  // The fix schedules a re-check of what it can change; its findings arrive by event.
  await expect.poll(() => checksEnded(page), { timeout: 90_000, interval: 200 }).toBeGreaterThan(checks);
  await quiet(calls);
  return calls.slice(from);
}

const tally = (calls: string[]) => calls.reduce<Record<string, number>>((t, c) => ({ ...t, [c]: (t[c] ?? 0) + 1 }), {});

describe('requests of one accepted fix against bitext serve', () => {
  const app = useServedApp({ tmpPrefix: 'bitext-e2e-fix-requests-', viewport: { width: 1440, height: 900 } });
  let calls: string[] = [];

  it('in the document view: the fixed document’s findings and clean text, no snapshot', async () => {
    const page = app.page;
    calls = recordCalls(page);
    await page.goto(app.url);
    await page.locator('[data-testid=document-row]').nth(4).waitFor({ timeout: 30_000 });
    await watchJobs(page);
    await page.getByTestId('findings-toggle').click();
    await panel(page).locator('.category-chip', { hasText: 'Translated name' }).click();
    await panel(page).locator('[data-testid=finding-item]', { hasText: 'Clignote' }).click();
    await page.locator('.detail-title').waitFor();
    const made = await callsOfOneAccept(page, calls);
    console.log(`one accepted fix, document view: ${made.length} requests ${JSON.stringify(tally(made))}`);
    expect(made).not.toContain('getSnapshot');
    expect(made.filter((c) => c === 'acceptFinding')).toHaveLength(1);
    expect(made.length).toBeLessThanOrEqual(3);
  }, 120_000);

  it('in the Pair view: the same, for the side that changed only', async () => {
    const page = app.page;
    await page.locator('.pair-open', { hasText: '000' }).click();
    await page.locator('.bead-row.is-active').waitFor({ timeout: 60_000 });
    await panel(page).locator('[data-testid=finding-item]', { hasText: 'Flashing' }).click();
    await expect.poll(() => page.locator('[data-testid=pair-revealed]').innerText()).toBe('Flashing');
    await page.screenshot({ path: '/tmp/bitext-fix-requests-pair.png' });
    const made = await callsOfOneAccept(page, calls);
    console.log(`one accepted fix, Pair view: ${made.length} requests ${JSON.stringify(tally(made))}`);
    expect(made).not.toContain('getSnapshot');
    expect(made).not.toContain('getAlignment');
    expect(made.filter((c) => c === 'acceptFinding')).toHaveLength(1);
    expect(made.length).toBeLessThanOrEqual(3);
    // The fix shows in the Pair view without reloading it.
    await expect.poll(() => page.locator('.bead-row', { hasText: 'said Blinken' }).count()).toBeGreaterThan(0);
  }, 120_000);

  it('raised no console errors', () => {
    expect(app.errors).toEqual([]);
  });
});
