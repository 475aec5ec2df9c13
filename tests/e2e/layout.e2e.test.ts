// The layout at 1024 × 700 with the findings panel open (a laptop): the documents table keeps its
// key columns with every header readable, the Pair view keeps two text columns of at least 300 px
// and its toolbar on one row (the edits fold into a menu with labels). Screenshots in /tmp.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useServedApp } from './harness.js';

const shot = (name: string) => `/tmp/bitext-layout-${name}.png`;

/** Every column header: its box, and whether its label is cut (wider than its box). */
function headers(page: Page) {
  return page.locator('.doc-grid [role=columnheader]').evaluateAll((els) => {
    const grid = document.querySelector('.doc-grid')!.getBoundingClientRect();
    return els.map((e) => {
      const r = e.getBoundingClientRect();
      const b = e.querySelector('button')!;
      return {
        text: b.textContent?.trim() ?? '',
        left: r.left,
        right: r.right,
        inside: r.left >= grid.left - 1 && r.right <= grid.right + 1,
        cut: b.scrollWidth > b.clientWidth + 1,
      };
    });
  });
}

describe('layout at 1024 × 700 with the findings panel open', () => {
  const app = useServedApp({ tmpPrefix: 'bitext-e2e-layout-', viewport: { width: 1024, height: 700 } });

  it('the documents table shows every key column header in full', async () => {
    const page = app.page;
    await page.goto(app.url);
    await page.locator('[data-testid=document-row]').first().waitFor({ timeout: 30_000 });
    await page.getByTestId('findings-toggle').click();
    await page.getByTestId('findings-panel').waitFor();
    const hs = await headers(page);
    expect(hs.map((h) => h.text.replace(/[▲▼]/g, ''))).toEqual(expect.arrayContaining(['Name', 'Language', 'Confidence', 'Findings', 'Reviewed']));
    for (const h of hs) {
      expect(h.inside, `${h.text} is inside the table`).toBe(true);
      expect(h.cut, `${h.text} is not cut`).toBe(false);
    }
    // Nothing scrolls sideways: the table fits.
    expect(await page.locator('.doc-grid').evaluate((el) => el.scrollWidth <= el.clientWidth + 1)).toBe(true);
    await page.screenshot({ path: shot('documents') });
  });

  it('hidden columns come back from the Columns menu', async () => {
    const page = app.page;
    await page.getByTestId('columns-menu').click();
    // The menu opens inside the window, beside its button.
    const box = await page.locator('.columns-menu-body').boundingBox();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(1024);
    await page.screenshot({ path: shot('columns-menu') });
    await page.locator('.columns-menu-body').getByLabel('Override').check();
    await expect.poll(async () => (await headers(page)).map((h) => h.text)).toContain('Override');
    await page.locator('.columns-menu-body').getByLabel('Override').uncheck();
    await expect.poll(async () => (await headers(page)).map((h) => h.text)).not.toContain('Override');
    await page.getByTestId('columns-menu').click();
  });

  it('the Pair view keeps both text columns at least 300 px wide and its toolbar on one row', async () => {
    const page = app.page;
    // The left rail folded away behind "Project"; it opens over the view.
    expect(await page.locator('.left-rail').isVisible()).toBe(false);
    await page.getByTestId('rail-toggle').click();
    await page.locator('.rail-pairs .pair-open').first().click();
    await page.locator('.bead-row:not(.bead-row-head)').first().waitFor({ timeout: 30_000 });
    const widths = await page
      .locator('.bead-row:not(.bead-row-head)')
      .first()
      .locator('> [role=gridcell]')
      .evaluateAll((els) => els.map((e) => e.getBoundingClientRect().width));
    expect(widths).toHaveLength(3);
    expect(widths[0]).toBeGreaterThanOrEqual(300);
    expect(widths[2]).toBeGreaterThanOrEqual(300);
    // The panel is beside the columns, not over them.
    const panelLeft = await page.getByTestId('findings-panel').evaluate((el) => el.getBoundingClientRect().left);
    const gridRight = await page
      .locator('.bead-row')
      .first()
      .evaluate((el) => el.getBoundingClientRect().right);
    expect(gridRight).toBeLessThanOrEqual(panelLeft + 1);
    const tb = await page.locator('.pair-toolbar').evaluate((el) => {
      // Centres of the visible controls: one row means they all sit within a few pixels of each other.
      const mids = [...el.querySelectorAll('button, summary')]
        .filter((b) => (b as HTMLElement).checkVisibility())
        .map((b) => {
          const r = b.getBoundingClientRect();
          return (r.top + r.bottom) / 2;
        });
      return Math.max(...mids) - Math.min(...mids);
    });
    expect(tb).toBeLessThan(8);
    await page.getByTestId('pair-edit-menu').click();
    const items = page.locator('.tool-menu-body .tool-menu-item');
    expect(await items.count()).toBe(8);
    expect(await items.first().innerText()).toContain('Merge up');
    await page.screenshot({ path: shot('pair-edit-menu') });
    await page.keyboard.press('Escape');
    await page.getByTestId('pair-edit-menu').click();
    await page.screenshot({ path: shot('pair') });
    expect(app.errors).toEqual([]);
  });
});
