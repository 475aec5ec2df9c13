// Check settings end to end: the real `bitext serve` on a fresh project (the sample corpus, checked
// at creation), the built renderer in Chromium. Open the dialog from the findings panel, turn the
// typography category off, save, see the re-check run and the typography count leave the panel;
// reload and find the setting kept; restore the defaults and see typography come back.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, requireBuilt, watchErrors } from './harness.js';
import { startServe, stopServe, type Served } from './serve.js';

const SHOT = '/tmp/bitext-check-settings.png';
const panel = (page: Page) => page.getByTestId('findings-panel');
const typographyChip = (page: Page) => panel(page).locator('.category-chip', { hasText: 'Typography' });
const dialog = (page: Page) => page.locator('dialog.check-settings-dialog');
const typographySwitch = (page: Page) => dialog(page).locator('[data-testid=check-category][data-category=typography] [data-testid=category-switch]');

/** The saved profile, straight from the API (the token the page keeps for reloads). */
function savedProfile(page: Page): Promise<any> {
  return page.evaluate(async () => {
    const token = sessionStorage.getItem('bitext.token');
    const res = await fetch('/api/getCheckProfile', { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: '{}' });
    return ((await res.json()) as { value: { profile: unknown } }).value.profile;
  });
}

async function openSettings(page: Page): Promise<void> {
  await panel(page).getByTestId('check-settings-open').click();
  await dialog(page).waitFor();
  await typographySwitch(page).waitFor();
}

describe('check settings against bitext serve', () => {
  let tmp: string;
  let server: Served | undefined;
  let browser: Browser | undefined;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    requireBuilt('dist/cli.js', 'dist/renderer/index.html');
    tmp = mkdtempSync(path.join(tmpdir(), 'bitext-e2e-settings-'));
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

  it('opens the settings from the panel header, every category with its checks', async () => {
    await page.goto(server!.url);
    await page.locator('[data-testid=document-row]').nth(4).waitFor({ timeout: 30_000 });
    await page.getByTestId('findings-toggle').click();
    await panel(page).waitFor();
    await typographyChip(page).waitFor({ timeout: 30_000 });
    await openSettings(page);
    expect(await dialog(page).locator('[data-testid=check-category]').count()).toBe(12);
    expect(await dialog(page).locator('[data-testid=check-rule]').count()).toBeGreaterThan(10);
    expect(await typographySwitch(page).isChecked()).toBe(true);
    const rule = dialog(page).locator('[data-testid=check-rule][data-rule="typography.fr-spaces"]');
    expect(await rule.innerText()).toContain('French no-break spaces');
    expect(await dialog(page).getByTestId('house-style').innerText()).toContain('Editors disagree');
    expect(await dialog(page).locator('input[type=radio]:checked').inputValue()).toBe('either');
  });

  it('reaches the switches by keyboard and turns typography off', async () => {
    await typographySwitch(page).focus();
    await page.keyboard.press('Space');
    expect(await typographySwitch(page).isChecked()).toBe(false);
    // The category's checks are greyed (a disabled fieldset); the explanation says why.
    const group = dialog(page).locator('[data-testid=check-category][data-category=typography]');
    expect(await group.getAttribute('disabled')).not.toBeNull();
    expect(await group.innerText()).toContain('none of these checks run');
    await typographySwitch(page).scrollIntoViewIfNeeded();
    await page.screenshot({ path: SHOT });
  });

  it('saves; the panel shows the re-check, then the typography count is gone', async () => {
    await dialog(page).getByTestId('check-settings-save').click();
    await dialog(page).waitFor({ state: 'detached' });
    expect(await savedProfile(page)).toMatchObject({ categories: { typography: false } });
    await expect.poll(() => typographyChip(page).count(), { timeout: 30_000 }).toBe(0);
    await expect.poll(() => page.getByTestId('findings-shown').innerText(), { timeout: 30_000 }).toMatch(/shown of/);
    expect(await panel(page).locator('[data-testid=finding-item]').count()).toBeGreaterThan(0);
    await page.screenshot({ path: '/tmp/bitext-check-settings-panel.png' });
  });

  it('keeps the setting after a reload', async () => {
    await page.reload();
    await page.locator('[data-testid=document-row]').nth(4).waitFor({ timeout: 30_000 });
    if (!(await panel(page).isVisible())) await page.getByTestId('findings-toggle').click();
    await panel(page).locator('[data-testid=finding-item]').first().waitFor({ timeout: 30_000 });
    expect(await typographyChip(page).count()).toBe(0);
    await openSettings(page);
    expect(await typographySwitch(page).isChecked()).toBe(false);
  });

  it('restores the defaults; typography is checked again', async () => {
    await dialog(page).getByTestId('check-settings-restore').click();
    expect(await typographySwitch(page).isChecked()).toBe(true);
    await dialog(page).getByTestId('check-settings-save').click();
    await dialog(page).waitFor({ state: 'detached' });
    expect(await savedProfile(page)).toEqual({ version: 1, categories: {}, rules: {}, houseStyle: { frenchNoBreakSpace: 'either' }, minSeverity: 'info' });
    await typographyChip(page).waitFor({ timeout: 30_000 });
    expect(errors).toEqual([]);
  });
});
