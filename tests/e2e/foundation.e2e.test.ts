// The foundation, end to end: the real `bitext serve` on a fresh project, the built renderer in
// Chromium. The sample documents show with their languages; an override and the UI language
// survive a reload.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, REPO, requireBuilt, watchErrors } from './harness.js';

const SCREENSHOT = '/tmp/bitext-documents.png';

function startServe(projectDir: string, configDir: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ['bin/bitext.js', 'serve', '--project', projectDir, '--port', '0'], {
    cwd: REPO,
    // Settings (UI language, recent projects) go to the temp dir, never the user's real config.
    env: { ...process.env, BITEXT_CONFIG_DIR: configDir, BITEXT_DATA_DIR: configDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`bitext serve printed no address in 60 s\n${stderr}`)), 60_000);
    child.once('exit', (code) => reject(new Error(`bitext serve exited (${code})\n${stderr}`)));
    createInterface({ input: child.stdout! }).once('line', (line) => {
      clearTimeout(timer);
      const m = /^Listening on (http:\/\/127\.0\.0\.1:\d+\/\?token=\S+)$/.exec(line);
      if (m) resolve({ child, url: m[1]! });
      else reject(new Error(`unexpected first line: ${line}`));
    });
  });
}

function stop(child: ChildProcess | undefined): Promise<void> {
  if (!child || child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const kill = setTimeout(() => child.kill('SIGKILL'), 5000);
    child.once('exit', () => {
      clearTimeout(kill);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

const row = (page: Page, prefix: string) => page.locator('[data-testid=document-row]', { hasText: prefix });
const badge = (page: Page, prefix: string) => row(page, prefix).locator('.lang-badge').evaluate((el) => el.firstChild?.textContent ?? '');

describe('foundation: documents table against bitext serve', () => {
  let tmp: string;
  let server: { child: ChildProcess; url: string } | undefined;
  let browser: Browser | undefined;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    requireBuilt('dist/cli.js', 'dist/renderer/index.html');
    tmp = mkdtempSync(path.join(tmpdir(), 'bitext-e2e-'));
    server = await startServe(path.join(tmp, 'project'), path.join(tmp, 'config'));
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1400, height: 800 }, locale: 'en-US' });
    errors = watchErrors(page);
  });

  afterAll(async () => {
    await browser?.close();
    await stop(server?.child);
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  it('shows the five sample documents with their detected languages', async () => {
    await page.goto(server!.url);
    await page.locator('[data-testid=document-row]').nth(4).waitFor({ timeout: 30_000 });
    expect(await page.locator('[data-testid=document-row]').count()).toBe(5);
    for (const p of ['000_', '001_', '002_']) expect(await badge(page, p)).toBe('en');
    for (const p of ['003_', '004_']) expect(await badge(page, p)).toBe('fr');
    // The token left the address bar (it is kept in sessionStorage for reloads).
    expect(page.url()).not.toContain('token=');
  });

  it('overrides a document language and shows it', async () => {
    await row(page, '003_').locator('select.override-select').selectOption('en');
    await expect.poll(() => badge(page, '003_')).toBe('en');
    await expect.poll(() => row(page, '003_').locator('.lang-badge.is-override').count()).toBe(1);
    await expect.poll(() => page.getByTestId('save-status').textContent()).toBe('Saved');
    await page.screenshot({ path: SCREENSHOT });
  });

  it('switches the UI to French', async () => {
    const saved = page.waitForResponse((r) => r.url().endsWith('/api/setUiLanguage'));
    await page.locator('.segmented button[lang=fr]').click();
    expect((await saved).ok()).toBe(true);
    await expect.poll(() => page.getByTestId('sort-name').textContent()).toContain('Nom');
    expect(await page.getByTestId('sort-language').textContent()).toContain('Langue');
    expect(await page.locator('html').getAttribute('lang')).toBe('fr');
  });

  it('keeps the override and the French UI after a reload', async () => {
    await page.reload();
    await page.locator('[data-testid=document-row]').nth(4).waitFor();
    await expect.poll(() => page.getByTestId('sort-name').textContent()).toContain('Nom');
    expect(await badge(page, '003_')).toBe('en');
    expect(await row(page, '003_').locator('select.override-select').inputValue()).toBe('en');
    expect(await badge(page, '004_')).toBe('fr');
  });

  it('raised no console errors (CSP violations, failed requests, exceptions)', () => {
    expect(errors).toEqual([]);
  });
});
