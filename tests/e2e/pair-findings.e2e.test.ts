// Findings in the Pair view end to end: the real `bitext serve` on a fresh project, the built
// renderer in Chromium. With 000 ⇄ 001 open, choosing the "Flashing" finding in the findings panel
// keeps the Pair view, focuses the bead holding "said Flashing" and marks the span; open findings
// are underlined in the sentences, with their message on hover; Ctrl+Shift+K hides and shows the
// panel; the `?` overlay lists the findings keys.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useServedApp } from './harness.js';

const shot = (name: string) => `/tmp/bitext-pair-findings-${name}.png`;
const panel = (page: Page) => page.getByTestId('findings-panel');
const grid = (page: Page) => page.getByTestId('pair-grid');
const active = (page: Page) => page.locator('.bead-row.is-active');

describe('findings in the Pair view against bitext serve', () => {
  const app = useServedApp({ tmpPrefix: 'bitext-e2e-pair-findings-', viewport: { width: 1440, height: 900 } });

  it('opens 000 ⇄ 001 with the open findings underlined in its sentences', async () => {
    await app.page.goto(app.url);
    await app.page.locator('.pair-open', { hasText: '000' }).waitFor({ timeout: 30_000 });
    await app.page.locator('.pair-open', { hasText: '000' }).click();
    await active(app.page).waitFor({ timeout: 60_000 });
    // The first bead is focused at the start, far from "said Flashing".
    expect(await active(app.page).innerText()).not.toContain('said Flashing');
    await expect.poll(() => grid(app.page).locator('.hl-finding').count()).toBeGreaterThan(0);
  });

  it('Ctrl+Shift+K shows the findings panel (and hides it again)', async () => {
    await grid(app.page).focus();
    await app.page.keyboard.press('Control+Shift+K');
    await panel(app.page).waitFor();
    await app.page.keyboard.press('Control+Shift+K');
    await panel(app.page).waitFor({ state: 'detached' });
    await app.page.keyboard.press('Control+Shift+K');
    await panel(app.page).waitFor();
  });

  it('choosing “Flashing” in the panel focuses its bead and marks the span, in the Pair view', async () => {
    await panel(app.page).locator('.category-chip', { hasText: 'Translated name' }).click();
    await panel(app.page).locator('[data-testid=finding-item]', { hasText: 'Flashing' }).click();
    // Still the Pair view (000 is one of its documents), not the document's own view.
    await expect.poll(() => app.page.locator('.view-tab[aria-current=page]').innerText()).toBe('Pairs');
    expect(await app.page.locator('.detail-title').count()).toBe(0);
    await expect.poll(() => active(app.page).locator('.side-src').innerText()).toContain('said Flashing');
    // The grid names the focused cell: the source side of that bead.
    const cell = await grid(app.page).getAttribute('aria-activedescendant');
    expect(await app.page.locator(`[id="${cell}"]`).innerText()).toContain('said Flashing');
    const mark = active(app.page).locator('[data-testid=pair-revealed]');
    await expect.poll(() => mark.innerText()).toBe('Flashing');
    expect(await mark.getAttribute('class')).toContain('is-revealed');
    // The bead is in view.
    const box = (await active(app.page).boundingBox())!;
    const body = (await app.page.locator('.pair-grid-body').boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(body.y - 1);
    expect(box.y + Math.min(box.height, 40)).toBeLessThanOrEqual(body.y + body.height + 1);
    // The finding's message on hover.
    await mark.hover();
    await expect.poll(() => active(app.page).locator('.hl-tip').innerText()).toContain('Blinken');
    await app.page.screenshot({ path: shot('revealed') });
  });

  it('lists the findings keys and the panel shortcut in the ? overlay', async () => {
    await app.page.locator('body').press('F1');
    const dialog = app.page.locator('dialog[open]');
    await expect.poll(() => dialog.innerText()).toContain('Next / previous finding');
    expect(await dialog.innerText()).toContain('Show or hide the findings panel');
    await app.page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
  });

  it('raised no console errors (CSP violations, failed requests, exceptions)', () => {
    expect(app.errors).toEqual([]);
  });
});
