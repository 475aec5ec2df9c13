// The foundation, end to end: the real `bitext serve` on a fresh project, the built renderer in
// Chromium. The sample documents show with their languages; an override and the UI language
// survive a reload.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useServedApp } from './harness.js';

const SCREENSHOT = '/tmp/bitext-documents.png';

const row = (page: Page, prefix: string) => page.locator('[data-testid=document-row]', { hasText: prefix });
const badge = (page: Page, prefix: string) =>
  row(page, prefix)
    .locator('.lang-badge')
    .evaluate((el) => el.firstChild?.textContent ?? '');

describe('foundation: documents table against bitext serve', () => {
  const app = useServedApp({ tmpPrefix: 'bitext-e2e-', viewport: { width: 1400, height: 800 } });

  it('shows the five sample documents with their detected languages', async () => {
    await app.page.goto(app.url);
    await app.page.locator('[data-testid=document-row]').nth(4).waitFor({ timeout: 30_000 });
    expect(await app.page.locator('[data-testid=document-row]').count()).toBe(5);
    for (const p of ['000_', '001_', '002_']) expect(await badge(app.page, p)).toBe('en');
    for (const p of ['003_', '004_']) expect(await badge(app.page, p)).toBe('fr');
    // The token left the address bar (it is kept in sessionStorage for reloads).
    expect(app.page.url()).not.toContain('token=');
  });

  it('overrides a document language and shows it', async () => {
    await row(app.page, '003_').locator('select.override-select').selectOption('en');
    await expect.poll(() => badge(app.page, '003_')).toBe('en');
    await expect.poll(() => row(app.page, '003_').locator('.lang-badge.is-override').count()).toBe(1);
    await expect.poll(() => app.page.getByTestId('save-status').textContent()).toBe('Saved');
    await app.page.screenshot({ path: SCREENSHOT });
  });

  it('switches the UI to French', async () => {
    const saved = app.page.waitForResponse((r) => r.url().endsWith('/api/setUiLanguage'));
    await app.page.locator('.segmented button[lang=fr]').click();
    expect((await saved).ok()).toBe(true);
    await expect.poll(() => app.page.getByTestId('sort-name').textContent()).toContain('Nom');
    expect(await app.page.getByTestId('sort-language').textContent()).toContain('Langue');
    expect(await app.page.locator('html').getAttribute('lang')).toBe('fr');
  });

  it('keeps the override and the French UI after a reload', async () => {
    await app.page.reload();
    await app.page.locator('[data-testid=document-row]').nth(4).waitFor();
    await expect.poll(() => app.page.getByTestId('sort-name').textContent()).toContain('Nom');
    expect(await badge(app.page, '003_')).toBe('en');
    expect(await row(app.page, '003_').locator('select.override-select').inputValue()).toBe('en');
    expect(await badge(app.page, '004_')).toBe('fr');
  });

  it('raised no console errors (CSP violations, failed requests, exceptions)', () => {
    expect(app.errors).toEqual([]);
  });
});
