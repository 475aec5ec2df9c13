// What one accepted fix costs the renderer in requests, end to end: the real `bitext serve` on a
// fresh project, the built renderer in Chromium. Every /api request the page makes from pressing
// Accept until the background re-check has ended and the page is quiet is counted, once in the
// document view and once in the Pair view. The events name what changed (document-changed {id},
// findings-changed {docIds}), so the page asks only for that: the fixed document's findings and
// clean text, never the whole snapshot (3 requests with the decision; before: 7 and 6, see
// docs/benchmarks.md). The figures are printed.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useServedApp } from './harness.js';

const panel = (page: Page) => page.getByTestId('findings-panel');
const openCount = async (page: Page) => Number(await panel(page).locator('h2 .count-badge').innerText());

interface Call {
  method: string;
  input: Record<string, unknown>;
  /** Bytes of the answer, once it has arrived. */
  bytes?: number;
}

/** The /api calls the page makes (the event stream left out), in order. */
function recordCalls(page: Page): Call[] {
  const calls: Call[] = [];
  page.on('request', (r) => {
    const { pathname } = new URL(r.url());
    if (pathname.startsWith('/api/') && pathname !== '/api/events') {
      const call: Call = { method: pathname.slice('/api/'.length), input: JSON.parse(r.postData() ?? '{}') as Record<string, unknown> };
      calls.push(call);
      r.response()
        .then((res) => res?.body())
        .then((body) => (call.bytes = body?.length))
        .catch(() => undefined);
    }
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
async function quiet(calls: Call[], quietMs = 2500): Promise<void> {
  let seen = -1;
  while (seen !== calls.length) {
    seen = calls.length;
    await new Promise((r) => setTimeout(r, quietMs));
  }
}

/** Presses Accept on the selected finding; returns the calls made until the re-check is over and the page quiet. */
async function callsOfOneAccept(page: Page, calls: Call[]): Promise<Call[]> {
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

const tally = (calls: Call[]) => calls.reduce<Record<string, number>>((t, c) => ({ ...t, [c.method]: (t[c.method] ?? 0) + 1 }), {});
/** What the answers weighed, in kB (the figures in docs/benchmarks.md). */
const kb = (calls: Call[]) => `${(calls.reduce((n, c) => n + (c.bytes ?? 0), 0) / 1024).toFixed(1)} kB`;

/** The document a finding belongs to, from the findings the page was shown. */
async function docOf(page: Page, findingId: string): Promise<string> {
  return page.evaluate(async (findingId) => {
    const token = sessionStorage.getItem('bitext.token');
    const res = await fetch('/api/getFindings', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: '{}',
    });
    const body = (await res.json()) as { value: { findings: Array<{ id: string; docId: string }> } };
    return body.value.findings.find((f) => f.id === findingId)!.docId;
  }, findingId);
}

/**
 * What the fix cost: the decision, the findings of its document only, the clean text of its
 * document only; no snapshot, no alignment. Showing the finding selected next may ask for its
 * "Apply to all N" count (one request, for that other finding): counted, reported apart.
 */
async function expectOnlyWhatChanged(page: Page, made: Call[]): Promise<void> {
  const accepted = made.filter((c) => c.method === 'acceptFinding');
  expect(accepted).toHaveLength(1);
  const acceptedId = accepted[0]!.input.findingId as string;
  const docId = await docOf(page, acceptedId);
  const fix = made.filter((c) => c.method !== 'previewApplyToAll');
  expect(fix.map((c) => c.method).sort()).toEqual(['acceptFinding', 'getCleanText', 'getFindings']);
  expect(fix.find((c) => c.method === 'getFindings')!.input).toEqual({ docIds: [docId] });
  expect(fix.find((c) => c.method === 'getCleanText')!.input).toEqual({ id: docId });
  const previews = made.filter((c) => c.method === 'previewApplyToAll');
  expect(previews.length).toBeLessThanOrEqual(1);
  for (const p of previews) expect(p.input.findingId).not.toBe(acceptedId);
}

describe('requests of one accepted fix against bitext serve', () => {
  const app = useServedApp({ tmpPrefix: 'bitext-e2e-fix-requests-', viewport: { width: 1440, height: 900 } });
  let calls: Call[] = [];

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
    console.log(`one accepted fix, document view: ${made.length} requests ${JSON.stringify(tally(made))}, ${kb(made)}`);
    await expectOnlyWhatChanged(page, made);
  }, 120_000);

  it('in the Pair view: the same, for the side that changed only', async () => {
    const page = app.page;
    await page.locator('.pair-open', { hasText: '000' }).click();
    await page.locator('.bead-row.is-active').waitFor({ timeout: 60_000 });
    await panel(page).locator('[data-testid=finding-item]', { hasText: 'Flashing' }).click();
    await expect.poll(() => page.locator('[data-testid=pair-revealed]').innerText()).toBe('Flashing');
    await page.screenshot({ path: '/tmp/bitext-fix-requests-pair.png' });
    const made = await callsOfOneAccept(page, calls);
    console.log(`one accepted fix, Pair view: ${made.length} requests ${JSON.stringify(tally(made))}, ${kb(made)}`);
    await expectOnlyWhatChanged(page, made);
    // The fix shows in the Pair view without reloading it.
    await expect.poll(() => page.locator('.bead-row', { hasText: 'said Blinken' }).count()).toBeGreaterThan(0);
  }, 120_000);

  it('undoing the fix: the undo, that document’s findings and clean text, no snapshot, no alignment', async () => {
    const page = app.page;
    await quiet(calls);
    const checks = await checksEnded(page);
    const from = calls.length;
    await page.getByTestId('pair-grid').focus();
    await page.keyboard.press('Control+Z');
    await expect.poll(() => page.locator('.bead-row', { hasText: 'said Flashing' }).count(), { timeout: 30_000 }).toBeGreaterThan(0);
    await expect.poll(() => checksEnded(page), { timeout: 90_000, interval: 200 }).toBeGreaterThan(checks);
    await quiet(calls);
    const made = calls.slice(from);
    console.log(`undo of the fix, Pair view: ${made.length} requests ${JSON.stringify(tally(made))}, ${kb(made)}`);
    // The shown finding's "Apply to all N" may change with the undo: at most one preview besides.
    expect(made.filter((c) => c.method === 'previewApplyToAll').length).toBeLessThanOrEqual(1);
    expect(
      made
        .filter((c) => c.method !== 'previewApplyToAll')
        .map((c) => c.method)
        .sort(),
    ).toEqual(['getCleanText', 'getFindings', 'undo']);
    const docId = (made.find((c) => c.method === 'getCleanText')!.input as { id: string }).id;
    expect(made.find((c) => c.method === 'getFindings')!.input).toEqual({ docIds: [docId] });
  }, 120_000);

  it('raised no console errors', () => {
    expect(app.errors).toEqual([]);
  });
});
