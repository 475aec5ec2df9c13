// The Pair view end to end: the real `bitext serve` on a fresh project, the built renderer in
// Chromium. Open 000 ⇄ 001, find "improve the rules" beside "undercut the rules" (linking them by
// keyboard if the aligner has not), see the word diff, merge / split / undo / redo by keyboard,
// confirm a bead and find it confirmed after a reload. Screenshots in light and dark, en and fr.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useServedApp } from './harness.js';

const OLD = 'improve the rules';
const NEW = 'undercut the rules';

const grid = (page: Page) => page.getByTestId('pair-grid');
const active = (page: Page) => page.locator('.bead-row.is-active');
const beadCount = async (page: Page) => Number(await grid(page).getAttribute('aria-rowcount')) - 1;
const activeBead = async (page: Page) => Number(await active(page).getAttribute('data-bead'));
const activeText = (page: Page, side: 'src' | 'tgt') => active(page).locator(`.side-${side}`).innerText();

/** Presses ↓ until the focused bead's side contains the text; fails after `max` beads. */
async function downUntil(page: Page, side: 'src' | 'tgt', text: string, max = 500): Promise<void> {
  for (let i = 0; i < max; i++) {
    if ((await activeText(page, side)).includes(text)) return;
    await page.keyboard.press('ArrowDown');
  }
  throw new Error(`no bead with “${text}” on the ${side} side`);
}

async function gotoBead(page: Page, index: number): Promise<void> {
  await grid(page).focus();
  await page.keyboard.press('Home');
  for (let i = 0; i < index; i++) await page.keyboard.press('ArrowDown');
  await expect.poll(() => activeBead(page)).toBe(index);
}

async function openPair(page: Page): Promise<void> {
  await page.locator('.pair-open', { hasText: '000' }).click();
  await active(page).waitFor({ timeout: 60_000 });
  await grid(page).focus();
}

describe('Pair view against bitext serve', () => {
  const app = useServedApp({ tmpPrefix: 'bitext-e2e-pair-', viewport: { width: 1400, height: 860 } });
  let confirmedBead = -1;

  it('lists the suggested pairs in the rail and opens 000 ⇄ 001', async () => {
    await app.page.goto(app.url);
    const item = app.page.locator('.pair-open', { hasText: '000' });
    await item.waitFor({ timeout: 30_000 });
    expect(await item.innerText()).toMatch(/000\s*⇄\s*001[\s\S]*version/);
    expect(await app.page.locator('.pair-open', { hasText: '002' }).innerText()).toMatch(/002\s*⇄\s*004[\s\S]*transl\./);
    await openPair(app.page);
    expect(await app.page.locator('.view-tab[aria-current=page]').innerText()).toBe('Pairs');
    expect(await beadCount(app.page)).toBeGreaterThan(10);
    // Each column in its own language.
    expect(await active(app.page).locator('.side-src').getAttribute('lang')).toBe('en');
  });

  it('shows “improve the rules” with “undercut the rules” and the differing words', async () => {
    await downUntil(app.page, 'src', OLD);
    if (!(await activeText(app.page, 'tgt')).includes(NEW)) {
      // Not in one bead: link the two sentences by keyboard (a crossing link).
      await app.page.keyboard.press('Control+Shift+L');
      await expect.poll(() => app.page.locator('.sentence.is-marked').count()).toBe(1);
      await downUntil(app.page, 'tgt', NEW);
      await app.page.keyboard.press('Tab');
      for (let i = 0; i < 5 && !(await active(app.page).locator('.side-tgt .sentence.is-focused').innerText()).includes(NEW); i++)
        await app.page.keyboard.press('Shift+ArrowDown');
      await app.page.keyboard.press('Control+Shift+L');
      await app.page.keyboard.press('Shift+Tab');
      // The crossing link shows the linked sentence, with the diff, on both rows.
      await active(app.page)
        .locator('.cross-note', { hasText: OLD.split(' ')[0]! })
        .waitFor();
      await downUntil(app.page, 'src', OLD, 0).catch(() => undefined);
      await app.page.keyboard.press('N');
      await app.page.keyboard.press('Shift+N');
      const noteRow = app.page.locator('[data-testid=bead-row]', { has: app.page.locator('.side-src .sentence', { hasText: OLD }) });
      await noteRow.scrollIntoViewIfNeeded();
      const note = noteRow.locator('.cross-note');
      await note.waitFor();
      expect(await note.innerText()).toContain('undercut');
      expect(await note.locator('del.diff-removed').allInnerTexts()).toContainEqual(expect.stringContaining('improve'));
      expect(await note.locator('ins.diff-added').allInnerTexts()).toContainEqual(expect.stringContaining('undercut'));
      await noteRow.screenshot({ path: '/tmp/bitext-pair-crosslink.png' });
    } else {
      const row = active(app.page);
      expect(await row.locator('.side-src del.diff-removed').allInnerTexts()).toContainEqual(expect.stringContaining('improve'));
      expect(await row.locator('.side-tgt ins.diff-added').allInnerTexts()).toContainEqual(expect.stringContaining('undercut'));
    }
    await app.page.screenshot({ path: '/tmp/bitext-pair-en-light.png' });
  });

  it('makes a crossing link by keyboard, shows it on both rows, jumps along it, and undoes it', async () => {
    await grid(app.page).focus();
    const from = await activeBead(app.page);
    const notesBefore = await app.page.locator('.cross-note').count();
    await app.page.keyboard.press('Control+Shift+L');
    await expect.poll(() => app.page.locator('.sentence.is-marked').count()).toBe(1);
    // Two beads further down, a target sentence in another bead.
    await app.page.keyboard.press('ArrowDown');
    await app.page.keyboard.press('ArrowDown');
    while ((await activeText(app.page, 'tgt')).includes('No sentence on this side')) await app.page.keyboard.press('ArrowDown');
    const to = await activeBead(app.page);
    await app.page.keyboard.press('Tab');
    await app.page.keyboard.press('Control+Shift+L');
    const note = active(app.page).locator('.side-tgt .cross-note');
    await note.waitFor();
    expect(await note.innerText()).toContain(`sentence`);
    await app.page.screenshot({ path: '/tmp/bitext-pair-crosslink.png' });
    // Tab leaves the grid through the focused row's jump button; Enter follows the link.
    await app.page.keyboard.press('Tab');
    expect(await app.page.evaluate(() => document.activeElement?.className)).toContain('cross-jump');
    await app.page.keyboard.press('Enter');
    await expect.poll(() => activeBead(app.page)).toBe(from);
    expect(await active(app.page).locator('.side-src .cross-note').count()).toBeGreaterThan(0);
    expect(to).toBeGreaterThan(from);
    await app.page.keyboard.press('Control+z');
    await expect.poll(() => app.page.locator('.cross-note').count()).toBe(notesBefore);
  });

  it('merges with the next bead, splits, undoes and redoes by keyboard', async () => {
    await grid(app.page).focus();
    const before = await beadCount(app.page);
    const here = await activeBead(app.page);
    const nextSrc = (await app.page.locator(`[data-bead="${here + 1}"] .side-src .sentence-text`).allInnerTexts()).join(' ');
    await app.page.keyboard.press('Control+ArrowDown');
    await expect.poll(() => beadCount(app.page)).toBe(before - 1);
    const merged = await activeText(app.page, 'src');
    if (nextSrc.trim()) expect(merged).toContain(nextSrc.slice(0, 30));

    await app.page.keyboard.press('Control+Enter');
    await expect.poll(() => beadCount(app.page)).toBe(before);

    await app.page.keyboard.press('Control+z');
    await expect.poll(() => beadCount(app.page)).toBe(before - 1);
    expect(await activeText(app.page, 'src')).toBe(merged);
    await expect.poll(() => app.page.getByTestId('redo').getAttribute('aria-label')).toBe('Redo: split bead');

    await app.page.keyboard.press('Control+Shift+Z');
    await expect.poll(() => beadCount(app.page)).toBe(before);
  });

  it('confirms a bead with Space and keeps it after a reload', async () => {
    await grid(app.page).focus();
    confirmedBead = await activeBead(app.page);
    await app.page.keyboard.press('Space');
    await expect.poll(() => active(app.page).locator('.link-gutter.is-confirmed').count()).toBe(1);
    await expect.poll(() => app.page.getByTestId('save-status').textContent()).toBe('Saved');
    await app.page.screenshot({ path: '/tmp/bitext-pair-confirmed.png' });

    await app.page.reload();
    await openPair(app.page);
    await gotoBead(app.page, confirmedBead);
    expect(await active(app.page).locator('.link-gutter.is-confirmed').count()).toBe(1);
    expect(await active(app.page).locator('.link-gutter').getAttribute('title')).toContain('confirmed');
  });

  it('lists the Pair view keys in the ? overlay', async () => {
    await app.page.keyboard.press('Shift+?');
    const overlay = app.page.locator('dialog.keys-overlay');
    await overlay.waitFor();
    expect(await overlay.innerText()).toContain('Merge with the next bead');
    await app.page.screenshot({ path: '/tmp/bitext-pair-keys.png' });
    await app.page.keyboard.press('Escape');
  });

  it('reads in dark mode and in French', async () => {
    await app.page.emulateMedia({ colorScheme: 'dark' });
    await gotoBead(app.page, confirmedBead);
    await app.page.screenshot({ path: '/tmp/bitext-pair-en-dark.png' });
    await app.page.locator('.segmented button[lang=fr]').click();
    await expect.poll(() => app.page.locator('.view-tab[aria-current=page]').innerText()).toBe('Paires');
    expect(await active(app.page).locator('.link-gutter .sr-only').innerText()).toMatch(/^Segment \d+ sur \d+/);
    await app.page.screenshot({ path: '/tmp/bitext-pair-fr-dark.png' });
    await app.page.emulateMedia({ colorScheme: 'light' });
    await app.page.screenshot({ path: '/tmp/bitext-pair-fr-light.png' });
  });

  it('raised no console errors', () => {
    expect(app.errors).toEqual([]);
  });
});
