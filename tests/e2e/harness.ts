// Shared pieces of the browser tests: Debian's Chromium through playwright-core (Playwright cannot
// download browsers here), and a record of console errors such as CSP violations.
import { chromium, type Browser, type Page } from 'playwright-core';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

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
