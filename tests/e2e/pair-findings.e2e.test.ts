// Findings in the Pair view end to end: the real `bitext serve` on a fresh project, the built
// renderer in Chromium. With 000 ⇄ 001 open, choosing the "Flashing" finding in the findings panel
// keeps the Pair view, focuses the bead holding "said Flashing" and marks the span; open findings
// are underlined in the sentences, with their message on hover; Ctrl+Shift+F hides and shows the
// panel; the `?` overlay lists the findings keys.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, requireBuilt, watchErrors } from './harness.js';
import { startServe, stopServe, type Served } from './serve.js';

const shot = (name: string) => `/tmp/bitext-pair-findings-${name}.png`;
const panel = (page: Page) => page.getByTestId('findings-panel');
const grid = (page: Page) => page.getByTestId('pair-grid');
const active = (page: Page) => page.locator('.bead-row.is-active');

describe('findings in the Pair view against bitext serve', () => {
  let tmp: string;
  let server: Served | undefined;
  let browser: Browser | undefined;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    requireBuilt('dist/cli.js', 'dist/renderer/index.html');
    tmp = mkdtempSync(path.join(tmpdir(), 'bitext-e2e-pair-findings-'));
    server = await startServe(path.join(tmp, 'project'), path.join(tmp, 'config'));
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'en-US' });
    errors = watchErrors(page);
  });

  afterAll(async () => {
    await browser?.close();
    await stopServe(server?.child);
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  it('opens 000 ⇄ 001 with the open findings underlined in its sentences', async () => {
    await page.goto(server!.url);
    await page.locator('.pair-open', { hasText: '000' }).waitFor({ timeout: 30_000 });
    await page.locator('.pair-open', { hasText: '000' }).click();
    await active(page).waitFor({ timeout: 60_000 });
    // The first bead is focused at the start, far from "said Flashing".
    expect(await active(page).innerText()).not.toContain('said Flashing');
    await expect.poll(() => grid(page).locator('.hl-finding').count()).toBeGreaterThan(0);
  });

  it('Ctrl+Shift+F shows the findings panel (and hides it again)', async () => {
    await grid(page).focus();
    await page.keyboard.press('Control+Shift+F');
    await panel(page).waitFor();
    await page.keyboard.press('Control+Shift+F');
    await panel(page).waitFor({ state: 'detached' });
    await page.keyboard.press('Control+Shift+F');
    await panel(page).waitFor();
  });

  it('choosing “Flashing” in the panel focuses its bead and marks the span, in the Pair view', async () => {
    await panel(page).locator('.category-chip', { hasText: 'Translated name' }).click();
    await panel(page).locator('[data-testid=finding-item]', { hasText: 'Flashing' }).click();
    // Still the Pair view (000 is one of its documents), not the document's own view.
    await expect.poll(() => page.locator('.view-tab[aria-current=page]').innerText()).toBe('Pairs');
    expect(await page.locator('.detail-title').count()).toBe(0);
    await expect.poll(() => active(page).locator('.side-src').innerText()).toContain('said Flashing');
    // The grid names the focused cell: the source side of that bead.
    const cell = await grid(page).getAttribute('aria-activedescendant');
    expect(await page.locator(`[id="${cell}"]`).innerText()).toContain('said Flashing');
    const mark = active(page).locator('[data-testid=pair-revealed]');
    await expect.poll(() => mark.innerText()).toBe('Flashing');
    expect(await mark.getAttribute('class')).toContain('is-revealed');
    // The bead is in view.
    const box = (await active(page).boundingBox())!;
    const body = (await page.locator('.pair-grid-body').boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(body.y - 1);
    expect(box.y + Math.min(box.height, 40)).toBeLessThanOrEqual(body.y + body.height + 1);
    // The finding's message on hover.
    await mark.hover();
    await expect.poll(() => active(page).locator('.hl-tip').innerText()).toContain('Blinken');
    await page.screenshot({ path: shot('revealed') });
  });

  it('lists the findings keys and the panel shortcut in the ? overlay', async () => {
    await page.locator('body').press('F1');
    const dialog = page.locator('dialog[open]');
    await expect.poll(() => dialog.innerText()).toContain('Next / previous finding');
    expect(await dialog.innerText()).toContain('Show or hide the findings panel');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
  });

  it('raised no console errors (CSP violations, failed requests, exceptions)', () => {
    expect(errors).toEqual([]);
  });
});
