// Browser tests of the documents UI against the in-memory fake server: thousands of rows, keyboard
// use, uploads with refusals, foreign segments, job progress, and no CSP violations.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { startFakeServer, type FakeDoc, type FakeServer } from './fake-server.js';
import { launchChromium, REPO, RENDERER_DIST, requireBuilt, watchErrors } from './harness.js';

const BULK = 3000;

function corpus(): FakeDoc[] {
  const dir = `${REPO}corpus`;
  const docs = readdirSync(dir).map((name) => ({ name, text: readFileSync(`${dir}/${name}`, 'utf8') }));
  docs.push({
    name: 'mixed.txt',
    text: 'The minister said on Tuesday that the talks are going well and that a deal is near.\nLe ministre a déclaré mardi que les négociations se passent bien et que un accord est proche.\nIt will be signed in the spring by the two sides, the statement from the office said.',
  });
  for (let i = 0; i < BULK; i++) docs.push({ name: `bulk-${String(i).padStart(4, '0')}.txt`, text: 'The cat is on the mat and the dog is in the house.' });
  return docs;
}

const rows = (page: Page) => page.locator('[data-testid=document-row]');
const activeRowName = (page: Page) => page.evaluate(() => document.activeElement?.querySelector('.doc-name')?.textContent ?? null);

describe('documents UI (fake server)', () => {
  let server: FakeServer;
  let browser: Browser | undefined;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    requireBuilt('dist/renderer/index.html');
    server = await startFakeServer({
      rendererDir: RENDERER_DIST,
      docs: corpus(),
      rejected: [{ name: 'notes.pdf', at: '2026-01-01T00:00:00.000Z', error: { code: 'import.unsupportedType', params: { ext: '.pdf' } } }],
    });
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1300, height: 760 }, locale: 'en-US' });
    errors = watchErrors(page);
    await page.goto(server.url);
    await rows(page).first().waitFor();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('virtualises thousands of rows', async () => {
    expect(await page.locator('.rail-heading .count-badge').textContent()).toBe(String(BULK + 6));
    expect(await page.locator('[role=grid]').getAttribute('aria-rowcount')).toBe(String(BULK + 7));
    expect(await rows(page).count()).toBeLessThan(60);
  });

  it('moves through rows with the keyboard, toggles reviewed with Space, opens with Enter', async () => {
    await rows(page).first().focus();
    expect(await activeRowName(page)).toBe('000_07a315d54f2e0aa4.txt');
    await page.keyboard.press('End');
    await expect.poll(() => activeRowName(page)).toBe('mixed.txt');
    await page.keyboard.press('Home');
    await expect.poll(() => activeRowName(page)).toBe('000_07a315d54f2e0aa4.txt');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => activeRowName(page)).toBe('002_c5a6547c0aa22e93.txt');
    await page.keyboard.press('Space');
    await expect.poll(() => rows(page).nth(2).locator('input[type=checkbox]').isChecked()).toBe(true);
    expect(server.calls).toContain('setReviewed');
    await page.keyboard.press('Enter');
    await page.locator('.doc-text').waitFor();
    expect(await page.locator('.detail-title').textContent()).toBe('002_c5a6547c0aa22e93.txt');
    await page.keyboard.press('Escape');
    await rows(page).first().waitFor();
  });

  it('sorts by a column header and filters "not reviewed"', async () => {
    await page.getByTestId('sort-words').click();
    expect(await page.locator('[role=columnheader][aria-sort=ascending]').count()).toBe(1);
    await page.getByTestId('sort-words').click();
    expect(await page.locator('[role=columnheader][aria-sort=descending] [data-testid=sort-words]').count()).toBe(1);
    expect(await rows(page).first().locator('.doc-name').textContent()).toBe('001_2e2be9141cb380e2.txt');
    await page.getByLabel('Not reviewed only').check();
    expect(await page.locator('.left-rail [role=status]').textContent()).toBe(`${BULK + 5} of ${BULK + 6} shown`);
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await page.getByTestId('sort-name').click();
  });

  it('uploads files and says what was refused, in the UI language', async () => {
    await page.getByTestId('files-input').setInputFiles([
      { name: 'new.txt', mimeType: 'text/plain', buffer: Buffer.from('The new document is here and it is in English.') },
      { name: 'empty.txt', mimeType: 'text/plain', buffer: Buffer.alloc(0) },
    ]);
    const result = page.locator('.import-result');
    await result.waitFor();
    expect(await result.locator('p').textContent()).toBe('1 document imported, 1 refused — see why');
    await result.getByRole('button', { name: 'see why' }).click();
    expect(await result.locator('.rejected-list li').textContent()).toBe('empty.txtempty file — nothing to import');
    // The project's earlier refusals stay listed, folded.
    await page.locator('.rejected-panel summary').click();
    expect(await page.locator('.rejected-panel li').allTextContents()).toContain('notes.pdfunsupported file type “.pdf” (use .txt, .md, .html or .docx)');
  });

  it('lists foreign segments from the mix bar and jumps to one', async () => {
    await page.getByLabel('Find by name').fill('mixed');
    await rows(page).first().locator('.mix-button').click();
    const dialog = page.locator('dialog.foreign-dialog');
    await dialog.waitFor();
    expect(await dialog.locator('.foreign-text').getAttribute('lang')).toBe('fr');
    expect(await dialog.locator('.foreign-text').textContent()).toContain('Le ministre a déclaré mardi');
    await dialog.getByRole('button', { name: 'Show in the document' }).click();
    const target = page.locator('.segment.is-target');
    await target.waitFor();
    expect(await target.getAttribute('lang')).toBe('fr');
    expect(await page.evaluate(() => document.activeElement?.classList.contains('is-target'))).toBe(true);
    expect(await page.locator('.segment[lang=en]').count()).toBe(2);
    await page.getByRole('button', { name: 'Back to documents' }).click();
    await page.getByLabel('Find by name').fill('');
  });

  it('shows a running job with progress and cancels it', async () => {
    server.emit({ type: 'job', job: { id: 'job1', kind: 'import', state: 'running', done: 2, total: 5 } });
    const job = page.locator('.job-status');
    await job.waitFor();
    expect(await job.locator('.job-text').textContent()).toBe('Importing: 2 of 5 files');
    expect(await job.locator('progress').getAttribute('value')).toBe('2');
    await job.getByRole('button', { name: 'Cancel: Importing' }).click();
    await expect.poll(() => job.locator('.job-text').textContent()).toBe('Importing: cancelled');
    expect(server.calls).toContain('cancelJob');
  });

  it('opens the keys overlay with ? and from a menu command, closes with Esc', async () => {
    await page.locator('body').press('?');
    await page.locator('dialog.keys-overlay').waitFor();
    await page.keyboard.press('Escape');
    await page.locator('dialog.keys-overlay').waitFor({ state: 'detached' });
    server.emit({ type: 'command', command: 'show-keys' });
    await page.locator('dialog.keys-overlay').waitFor();
    await page.keyboard.press('Escape');
  });

  it('Ctrl+F focuses the name filter', async () => {
    await page.locator('body').press('Control+f');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('document-name-filter');
  });

  it('raised no console errors and no CSP violations', () => {
    expect(errors).toEqual([]);
  });
});
