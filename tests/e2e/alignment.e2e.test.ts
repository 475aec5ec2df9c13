// The Pair view end to end: the real `bitext serve` on a fresh project, the built renderer in
// Chromium. Open 000 ⇄ 001, find "improve the rules" beside "undercut the rules" (linking them by
// keyboard if the aligner has not), see the word diff, merge / split / undo / redo by keyboard,
// confirm a bead and find it confirmed after a reload. Screenshots in light and dark, en and fr.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, requireBuilt, watchErrors } from './harness.js';
import { startServe, stopServe, type Served } from './serve.js';

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
  let tmp: string;
  let server: Served | undefined;
  let browser: Browser | undefined;
  let page: Page;
  let errors: string[];
  let confirmedBead = -1;

  beforeAll(async () => {
    requireBuilt('dist/cli.js', 'dist/renderer/index.html');
    tmp = mkdtempSync(path.join(tmpdir(), 'bitext-e2e-pair-'));
    server = await startServe(path.join(tmp, 'project'), path.join(tmp, 'config'));
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1400, height: 860 }, locale: 'en-US' });
    errors = watchErrors(page);
  });

  afterAll(async () => {
    await browser?.close();
    await stopServe(server?.child);
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  it('lists the suggested pairs in the rail and opens 000 ⇄ 001', async () => {
    await page.goto(server!.url);
    const item = page.locator('.pair-open', { hasText: '000' });
    await item.waitFor({ timeout: 30_000 });
    expect(await item.innerText()).toMatch(/000\s*⇄\s*001[\s\S]*version/);
    expect(await page.locator('.pair-open', { hasText: '002' }).innerText()).toMatch(/002\s*⇄\s*004[\s\S]*transl\./);
    await openPair(page);
    expect(await page.locator('.view-tab[aria-current=page]').innerText()).toBe('Pairs');
    expect(await beadCount(page)).toBeGreaterThan(10);
    // Each column in its own language.
    expect(await active(page).locator('.side-src').getAttribute('lang')).toBe('en');
  });

  it('shows “improve the rules” with “undercut the rules” and the differing words', async () => {
    await downUntil(page, 'src', OLD);
    if (!(await activeText(page, 'tgt')).includes(NEW)) {
      // Not in one bead: link the two sentences by keyboard (a crossing link).
      await page.keyboard.press('Control+Shift+L');
      await expect.poll(() => page.locator('.sentence.is-marked').count()).toBe(1);
      await downUntil(page, 'tgt', NEW);
      await page.keyboard.press('Tab');
      for (let i = 0; i < 5 && !(await active(page).locator('.side-tgt .sentence.is-focused').innerText()).includes(NEW); i++) await page.keyboard.press('Shift+ArrowDown');
      await page.keyboard.press('Control+Shift+L');
      await page.keyboard.press('Shift+Tab');
      // The crossing link shows the linked sentence, with the diff, on both rows.
      await active(page).locator('.cross-note', { hasText: OLD.split(' ')[0]! }).waitFor();
      await downUntil(page, 'src', OLD, 0).catch(() => undefined);
      await page.keyboard.press('N');
      await page.keyboard.press('Shift+N');
      const noteRow = page.locator('[data-testid=bead-row]', { has: page.locator('.side-src .sentence', { hasText: OLD }) });
      await noteRow.scrollIntoViewIfNeeded();
      const note = noteRow.locator('.cross-note');
      await note.waitFor();
      expect(await note.innerText()).toContain('undercut');
      expect(await note.locator('del.diff-removed').allInnerTexts()).toContainEqual(expect.stringContaining('improve'));
      expect(await note.locator('ins.diff-added').allInnerTexts()).toContainEqual(expect.stringContaining('undercut'));
      await noteRow.screenshot({ path: '/tmp/bitext-pair-crosslink.png' });
    } else {
      const row = active(page);
      expect(await row.locator('.side-src del.diff-removed').allInnerTexts()).toContainEqual(expect.stringContaining('improve'));
      expect(await row.locator('.side-tgt ins.diff-added').allInnerTexts()).toContainEqual(expect.stringContaining('undercut'));
    }
    await page.screenshot({ path: '/tmp/bitext-pair-en-light.png' });
  });

  it('makes a crossing link by keyboard, shows it on both rows, jumps along it, and undoes it', async () => {
    await grid(page).focus();
    const from = await activeBead(page);
    const notesBefore = await page.locator('.cross-note').count();
    await page.keyboard.press('Control+Shift+L');
    await expect.poll(() => page.locator('.sentence.is-marked').count()).toBe(1);
    // Two beads further down, a target sentence in another bead.
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    while ((await activeText(page, 'tgt')).includes('No sentence on this side')) await page.keyboard.press('ArrowDown');
    const to = await activeBead(page);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Control+Shift+L');
    const note = active(page).locator('.side-tgt .cross-note');
    await note.waitFor();
    expect(await note.innerText()).toContain(`sentence`);
    await page.screenshot({ path: '/tmp/bitext-pair-crosslink.png' });
    // Tab leaves the grid through the focused row's jump button; Enter follows the link.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.className)).toContain('cross-jump');
    await page.keyboard.press('Enter');
    await expect.poll(() => activeBead(page)).toBe(from);
    expect(await active(page).locator('.side-src .cross-note').count()).toBeGreaterThan(0);
    expect(to).toBeGreaterThan(from);
    await page.keyboard.press('Control+z');
    await expect.poll(() => page.locator('.cross-note').count()).toBe(notesBefore);
  });

  it('merges with the next bead, splits, undoes and redoes by keyboard', async () => {
    await grid(page).focus();
    const before = await beadCount(page);
    const here = await activeBead(page);
    const nextSrc = (await page.locator(`[data-bead="${here + 1}"] .side-src .sentence-text`).allInnerTexts()).join(' ');
    await page.keyboard.press('Control+ArrowDown');
    await expect.poll(() => beadCount(page)).toBe(before - 1);
    const merged = await activeText(page, 'src');
    if (nextSrc.trim()) expect(merged).toContain(nextSrc.slice(0, 30));

    await page.keyboard.press('Control+Enter');
    await expect.poll(() => beadCount(page)).toBe(before);

    await page.keyboard.press('Control+z');
    await expect.poll(() => beadCount(page)).toBe(before - 1);
    expect(await activeText(page, 'src')).toBe(merged);
    await expect.poll(() => page.getByTestId('redo').getAttribute('aria-label')).toBe('Redo: split bead');

    await page.keyboard.press('Control+Shift+Z');
    await expect.poll(() => beadCount(page)).toBe(before);
  });

  it('confirms a bead with Space and keeps it after a reload', async () => {
    await grid(page).focus();
    confirmedBead = await activeBead(page);
    await page.keyboard.press('Space');
    await expect.poll(() => active(page).locator('.link-gutter.is-confirmed').count()).toBe(1);
    await expect.poll(() => page.getByTestId('save-status').textContent()).toBe('Saved');
    await page.screenshot({ path: '/tmp/bitext-pair-confirmed.png' });

    await page.reload();
    await openPair(page);
    await gotoBead(page, confirmedBead);
    expect(await active(page).locator('.link-gutter.is-confirmed').count()).toBe(1);
    expect(await active(page).locator('.link-gutter').getAttribute('title')).toContain('confirmed');
  });

  it('lists the Pair view keys in the ? overlay', async () => {
    await page.keyboard.press('Shift+?');
    const overlay = page.locator('dialog.keys-overlay');
    await overlay.waitFor();
    expect(await overlay.innerText()).toContain('Merge with the next bead');
    await page.screenshot({ path: '/tmp/bitext-pair-keys.png' });
    await page.keyboard.press('Escape');
  });

  it('reads in dark mode and in French', async () => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await gotoBead(page, confirmedBead);
    await page.screenshot({ path: '/tmp/bitext-pair-en-dark.png' });
    await page.locator('.segmented button[lang=fr]').click();
    await expect.poll(() => page.locator('.view-tab[aria-current=page]').innerText()).toBe('Paires');
    expect(await active(page).locator('.link-gutter .sr-only').innerText()).toMatch(/^Segment \d+ sur \d+/);
    await page.screenshot({ path: '/tmp/bitext-pair-fr-dark.png' });
    await page.emulateMedia({ colorScheme: 'light' });
    await page.screenshot({ path: '/tmp/bitext-pair-fr-light.png' });
  });

  it('raised no console errors', () => {
    expect(errors).toEqual([]);
  });
});
