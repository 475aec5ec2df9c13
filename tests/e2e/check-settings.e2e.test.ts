// Check settings end to end: the real `bitext serve` on a fresh project (the sample corpus, checked
// at creation), the built renderer in Chromium. Open the dialog from the findings panel, turn the
// typography category off, save, see the re-check run and the typography count leave the panel;
// reload and find the setting kept; restore the defaults and see typography come back.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useServedApp } from './harness.js';

const SHOT = '/tmp/bitext-check-settings.png';
const panel = (page: Page) => page.getByTestId('findings-panel');
const typographyChip = (page: Page) => panel(page).locator('.category-chip', { hasText: 'Typography' });
const dialog = (page: Page) => page.locator('dialog.check-settings-dialog');
const typographySwitch = (page: Page) => dialog(page).locator('[data-testid=check-category][data-category=typography] [data-testid=category-switch]');

/** The saved profile, straight from the API (the token the page keeps for reloads). */
function savedProfile(page: Page): Promise<any> {
  return page.evaluate(async () => {
    const token = sessionStorage.getItem('bitext.token');
    const res = await fetch('/api/getCheckProfile', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: '{}',
    });
    return ((await res.json()) as { value: { profile: unknown } }).value.profile;
  });
}

async function openSettings(page: Page): Promise<void> {
  await panel(page).getByTestId('check-settings-open').click();
  await dialog(page).waitFor();
  await typographySwitch(page).waitFor();
}

describe('check settings against bitext serve', () => {
  const app = useServedApp({ tmpPrefix: 'bitext-e2e-settings-', viewport: { width: 1440, height: 900 } });

  it('opens the settings from the panel header, every category with its checks', async () => {
    await app.page.goto(app.url);
    await app.page.locator('[data-testid=document-row]').nth(4).waitFor({ timeout: 30_000 });
    await app.page.getByTestId('findings-toggle').click();
    await panel(app.page).waitFor();
    await typographyChip(app.page).waitFor({ timeout: 30_000 });
    await openSettings(app.page);
    expect(await dialog(app.page).locator('[data-testid=check-category]').count()).toBe(12);
    expect(await dialog(app.page).locator('[data-testid=check-rule]').count()).toBeGreaterThan(10);
    expect(await typographySwitch(app.page).isChecked()).toBe(true);
    const rule = dialog(app.page).locator('[data-testid=check-rule][data-rule="typography.fr-spaces"]');
    expect(await rule.innerText()).toContain('French no-break spaces');
    expect(await dialog(app.page).getByTestId('house-style').innerText()).toContain('Editors disagree');
    expect(await dialog(app.page).locator('input[type=radio]:checked').inputValue()).toBe('either');
  });

  it('reaches the switches by keyboard and turns typography off', async () => {
    await typographySwitch(app.page).focus();
    await app.page.keyboard.press('Space');
    expect(await typographySwitch(app.page).isChecked()).toBe(false);
    // The category's checks are greyed (a disabled fieldset); the explanation says why.
    const group = dialog(app.page).locator('[data-testid=check-category][data-category=typography]');
    expect(await group.getAttribute('disabled')).not.toBeNull();
    expect(await group.innerText()).toContain('none of these checks run');
    await typographySwitch(app.page).scrollIntoViewIfNeeded();
    await app.page.screenshot({ path: SHOT });
  });

  it('saves; the panel shows the re-check, then the typography count is gone', async () => {
    await dialog(app.page).getByTestId('check-settings-save').click();
    await dialog(app.page).waitFor({ state: 'detached' });
    expect(await savedProfile(app.page)).toMatchObject({ categories: { typography: false } });
    await expect.poll(() => typographyChip(app.page).count(), { timeout: 30_000 }).toBe(0);
    await expect.poll(() => app.page.getByTestId('findings-shown').innerText(), { timeout: 30_000 }).toMatch(/shown of/);
    expect(await panel(app.page).locator('[data-testid=finding-item]').count()).toBeGreaterThan(0);
    await app.page.screenshot({ path: '/tmp/bitext-check-settings-panel.png' });
  });

  it('keeps the setting after a reload', async () => {
    await app.page.reload();
    await app.page.locator('[data-testid=document-row]').nth(4).waitFor({ timeout: 30_000 });
    if (!(await panel(app.page).isVisible())) await app.page.getByTestId('findings-toggle').click();
    await panel(app.page).locator('[data-testid=finding-item]').first().waitFor({ timeout: 30_000 });
    expect(await typographyChip(app.page).count()).toBe(0);
    await openSettings(app.page);
    expect(await typographySwitch(app.page).isChecked()).toBe(false);
  });

  it('restores the defaults; typography is checked again', async () => {
    await dialog(app.page).getByTestId('check-settings-restore').click();
    expect(await typographySwitch(app.page).isChecked()).toBe(true);
    await dialog(app.page).getByTestId('check-settings-save').click();
    await dialog(app.page).waitFor({ state: 'detached' });
    expect(await savedProfile(app.page)).toEqual({ version: 1, categories: {}, rules: {}, houseStyle: { frenchNoBreakSpace: 'either' }, minSeverity: 'info' });
    await typographyChip(app.page).waitFor({ timeout: 30_000 });
    expect(app.errors).toEqual([]);
  });
});
