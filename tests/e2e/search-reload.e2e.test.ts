// Search results survive a reload: the question is kept in the browser history entry and asked
// again when the page comes back (the real `bitext serve`, the built renderer in Chromium).
import { describe, expect, it } from 'vitest';
import { useServedApp } from './harness.js';

describe('search results after a reload', () => {
  const app = useServedApp({ tmpPrefix: 'bitext-e2e-search-reload-', viewport: { width: 1280, height: 800 } });

  it('asks the same question again: same options, same places', async () => {
    const page = app.page;
    await page.goto(app.url);
    await page.locator('[data-testid=document-row]').first().waitFor({ timeout: 30_000 });
    await page.keyboard.press('Control+Shift+F');
    await page.getByTestId('search-field').fill('Blinken');
    await page.getByText('Match case').click();
    await page.getByTestId('search-submit').click();
    const region = page.getByRole('region', { name: 'Search results' });
    await expect.poll(() => region.getByTestId('search-hit').count()).toBeGreaterThan(0);
    const hits = await region.getByTestId('search-hit').allInnerTexts();
    await page.reload();
    await expect.poll(() => region.getByTestId('search-hit').count(), { timeout: 30_000 }).toBe(hits.length);
    expect(await region.getByTestId('search-hit').allInnerTexts()).toEqual(hits);
    expect(await page.getByTestId('search-field').inputValue()).toBe('Blinken');
    expect(await page.getByText('Match case').locator('input').isChecked()).toBe(true);
    expect(app.errors).toEqual([]);
  }, 60_000);
});
