// Shared pieces of the browser tests: Debian's Chromium through playwright-core (Playwright cannot
// download browsers here), a record of console errors such as CSP violations, and the set-up of a
// test file against the real `bitext serve`.
import { chromium, type Browser, type Page } from 'playwright-core';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll } from 'vitest';
import { startServe, stopServe, type Served } from './serve.js';

export const REPO = fileURLToPath(new URL('../../', import.meta.url));
export const RENDERER_DIST = `${REPO}dist/renderer`;

export function requireBuilt(...files: string[]): void {
  const missing = files.filter((f) => !existsSync(`${REPO}${f}`));
  if (missing.length) throw new Error(`not built (${missing.join(', ')}): run \`npm run build\` first`);
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
}

/** Console errors and page errors, minus the one warning a <meta> CSP always causes. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' && !m.text().includes("'frame-ancestors' is ignored")) errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  return errors;
}

export interface ServedApp {
  /** The page, open on nothing until a test goes to `url`. */
  readonly page: Page;
  /** The address `bitext serve` printed, token included. */
  readonly url: string;
  /** The temp folder holding the project and config dirs (removed after the file's tests). */
  readonly dir: string;
  readonly project: string;
  /** Console and page errors so far (see watchErrors). */
  readonly errors: string[];
}

/**
 * One real `bitext serve` on a fresh temp project and one Chromium page, for the tests of the
 * calling describe block: started in beforeAll, stopped and removed in afterAll. The fields are
 * read inside tests (they are set once beforeAll has run).
 */
export function useServedApp(options: { tmpPrefix: string; viewport: { width: number; height: number }; locale?: string }): ServedApp {
  let dir = '';
  let server: Served | undefined;
  let browser: Browser | undefined;
  let page: Page | undefined;
  let errors: string[] = [];

  beforeAll(async () => {
    requireBuilt('dist/cli.js', 'dist/renderer/index.html');
    dir = mkdtempSync(path.join(tmpdir(), options.tmpPrefix));
    server = await startServe(path.join(dir, 'project'), path.join(dir, 'config'));
    browser = await launchChromium();
    page = await browser.newPage({ viewport: options.viewport, locale: options.locale ?? 'en-US' });
    errors = watchErrors(page);
  });

  afterAll(async () => {
    await browser?.close();
    await stopServe(server?.child);
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('the served app is not started yet (read it inside a test)');
    return value;
  };
  return {
    get page() {
      return started(page);
    },
    get url() {
      return started(server).url;
    },
    get dir() {
      return dir;
    },
    get project() {
      return path.join(dir, 'project');
    },
    get errors() {
      return errors;
    },
  };
}
