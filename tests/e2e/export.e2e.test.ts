// Export end to end: the real `bitext serve` on a fresh project (the sample corpus), the built
// renderer in Chromium. Confirm a few linked beads of 002 ⇄ 004, open the Export view with Ctrl+E,
// export TMX + TSV + cleaned documents + QA report, and check the files on disk: the TMX (valid
// against the TMX 1.4 DTD when xmllint and .cache/dtd/tmx14.dtd are there; required in CI) holds
// one <tu> per confirmed linked bead, the TSV as many data rows, the report is HTML. Then open the
// TMX back with "Open TMX/TSV…" and find two new documents and a confirmed pair; a TSV too (the
// same text again is refused as duplicates, with the reason).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, REPO, requireBuilt, watchErrors } from './harness.js';
import { startServe, stopServe, type Served } from './serve.js';

const DTD = path.join(REPO, '.cache/dtd/tmx14.dtd');
const hasXmllint = () => spawnSync('xmllint', ['--version'], { encoding: 'utf8' }).status === 0;

const grid = (page: Page) => page.getByTestId('pair-grid');
const active = (page: Page) => page.locator('.bead-row.is-active');
const activeBead = async (page: Page) => Number(await active(page).getAttribute('data-bead'));
const docRows = (page: Page) => page.locator('[data-testid=document-row]');

describe('Export view against bitext serve', () => {
  let tmp: string;
  let project: string;
  let server: Served | undefined;
  let browser: Browser | undefined;
  let page: Page;
  let errors: string[];
  /** Confirmed beads with a sentence on both sides (what the bilingual files hold). */
  let confirmedLinked = 0;
  let outDir = '';
  let tmxPath = '';
  let tuCount = 0;

  beforeAll(async () => {
    requireBuilt('dist/cli.js', 'dist/renderer/index.html');
    tmp = mkdtempSync(path.join(tmpdir(), 'bitext-e2e-export-'));
    project = path.join(tmp, 'project');
    server = await startServe(project, path.join(tmp, 'config'));
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1400, height: 900 }, locale: 'en-US' });
    errors = watchErrors(page);
  });

  afterAll(async () => {
    await browser?.close();
    await stopServe(server?.child);
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  it('confirms the first linked beads of 002 ⇄ 004 with Space', async () => {
    await page.goto(server!.url);
    const item = page.locator('.pair-open', { hasText: '002' });
    await item.waitFor({ timeout: 30_000 });
    await item.click();
    await active(page).waitFor({ timeout: 60_000 });
    await grid(page).focus();
    await page.keyboard.press('Home');
    await expect.poll(() => activeBead(page)).toBe(0);
    for (let i = 0; i < 80 && confirmedLinked < 4; i++) {
      const linked = (await active(page).locator('.side-cell.is-empty').count()) === 0;
      const already = (await active(page).locator('.link-gutter.is-confirmed').count()) === 1;
      if (linked && !already) {
        await page.keyboard.press('Space');
        await expect.poll(() => active(page).locator('.link-gutter.is-confirmed').count()).toBe(1);
        confirmedLinked++;
      } else if (linked && already) confirmedLinked++;
      await page.keyboard.press('ArrowDown');
    }
    expect(confirmedLinked).toBe(4);
  });

  it('opens the Export view with Ctrl+E and summarises what the pairs hold', async () => {
    await page.keyboard.press('Control+e');
    await page.locator('.export-view').waitFor();
    expect(await page.locator('.view-tab[aria-current=page]').innerText()).toBe('Export');
    const counts = await page.getByTestId('export-counts').innerText();
    expect(counts).toMatch(/1 translation pair/);
    // Confirmed beads (including any with an empty side) are at least the linked ones confirmed.
    const confirmed = Number(/(\d+) confirmed bead/.exec(counts)?.[1]);
    expect(confirmed).toBeGreaterThanOrEqual(confirmedLinked);
    expect(await page.locator('.export-preview').innerText()).toContain('1 same-language version pair is not in the bilingual files.');
    // Default: confirmed beads only.
    expect(await page.getByLabel('Confirmed beads only').isChecked()).toBe(true);
    await page.screenshot({ path: '/tmp/bitext-export-form.png' });
    // Ctrl+E is in the keys overlay.
    await page.keyboard.press('F1');
    const overlay = page.locator('.keys-overlay');
    await overlay.waitFor();
    expect(await overlay.innerText()).toMatch(/Ctrl\s*E\s*Open the Export view/);
    await page.keyboard.press('Escape');
    await overlay.waitFor({ state: 'detached' });
  });

  it('exports TMX, TSV, cleaned documents and the QA report (keyboard: Enter on Export)', async () => {
    for (const name of ['TMX 1.4', 'TSV', 'Cleaned documents', 'QA report']) {
      const box = page.getByLabel(name, { exact: true });
      if (!(await box.isChecked())) await box.check();
    }
    for (const name of ['Moses / OPUS', 'XLIFF 2.1', 'JSONL', 'Language metadata']) expect(await page.getByLabel(name, { exact: true }).isChecked()).toBe(false);
    await page.locator('form .export-button').focus();
    await page.keyboard.press('Enter');
    const result = page.getByTestId('export-result');
    await result.waitFor({ timeout: 60_000 });
    // Focus moved to the result heading.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Export finished');
    outDir = await page.getByTestId('export-outdir').innerText();
    expect(outDir.startsWith(path.join(project, 'exports') + path.sep)).toBe(true);
    expect(await result.locator('tr[data-format=tmx]').innerText()).toContain(`${confirmedLinked} segment pairs`);
    expect(await result.innerText()).toMatch(/4 confirmed of \d+ beads in the exported pairs/);
    await page.screenshot({ path: '/tmp/bitext-export-result.png' });
  });

  it('wrote a DTD-valid TMX with one <tu> per confirmed linked bead, a TSV with as many rows, documents and an HTML report', () => {
    tmxPath = path.join(outDir, 'corpus.tmx');
    expect(existsSync(tmxPath)).toBe(true);
    const tmx = readFileSync(tmxPath, 'utf8');
    tuCount = (tmx.match(/<tu[\s>]/g) ?? []).length;
    expect(tuCount).toBe(confirmedLinked);

    const canValidate = existsSync(DTD) && hasXmllint();
    if (process.env.CI) expect(canValidate, 'CI needs xmllint and .cache/dtd/tmx14.dtd (scripts/fetch-tmx-dtd.sh)').toBe(true);
    if (canValidate) {
      const r = spawnSync('xmllint', ['--nonet', '--noout', '--dtdvalid', DTD, tmxPath], { encoding: 'utf8' });
      // With --nonet xmllint warns that it cannot load the SYSTEM id; the DTD given is what validates.
      expect(r.stderr).not.toMatch(/validity error|does not validate|parser error/);
      expect(r.status).toBe(0);
    } else console.warn('TMX not validated: xmllint or .cache/dtd/tmx14.dtd missing (run scripts/fetch-tmx-dtd.sh)');

    const tsv = readFileSync(path.join(outDir, 'corpus.tsv'), 'utf8').split('\n').filter((l) => l !== '');
    expect(tsv[0]!.split('\t').slice(0, 2)).toEqual(['en', 'fr']);
    expect(tsv.length - 1).toBe(confirmedLinked);

    const report = readFileSync(path.join(outDir, 'report.html'), 'utf8');
    expect(report).toMatch(/^<!DOCTYPE html>/i);
    expect(report).toContain('</html>');

    const docsDir = path.join(outDir, 'documents');
    const docFiles = readdirSync(docsDir, { recursive: true }).map(String).filter((f) => statSync(path.join(docsDir, f)).isFile());
    expect(docFiles.length).toBe(5);
    // Formats not chosen were not written.
    expect(existsSync(path.join(outDir, 'corpus.xlf'))).toBe(false);
    expect(existsSync(path.join(outDir, 'corpus.en'))).toBe(false);
  });

  it('opens the exported TMX back as two documents and a confirmed pair', async () => {
    await page.getByRole('button', { name: 'Documents', exact: true }).click();
    await expect.poll(() => docRows(page).count()).toBe(5);
    const pairsBefore = await page.locator('.pair-item').count();
    await page.getByTestId('bitext-input').setInputFiles(tmxPath);
    const result = page.getByTestId('bitext-result');
    await expect.poll(() => result.innerText(), { timeout: 30_000 }).toMatch(/corpus\.tmx opened/);
    expect(await result.innerText()).toContain(`${tuCount} beads (${tuCount} confirmed)`);
    await expect.poll(() => docRows(page).count()).toBe(7);
    await expect.poll(() => page.locator('.pair-item').count()).toBe(pairsBefore + 1);
    const pair = page.locator('.pair-item.is-confirmed', { hasText: 'corpus' });
    expect(await pair.count()).toBe(1);
    await page.screenshot({ path: '/tmp/bitext-export-reimport.png' });

    // The new pair holds the beads, all confirmed.
    await pair.locator('.pair-open').click();
    await active(page).waitFor({ timeout: 30_000 });
    expect(Number(await grid(page).getAttribute('aria-rowcount')) - 1).toBe(tuCount);
    expect(await page.locator('.link-gutter.is-unconfirmed').count()).toBe(0);
  });

  it('opens a TSV too; the same text twice is refused with the reason', async () => {
    await page.getByRole('button', { name: 'Documents', exact: true }).click();
    const result = page.getByTestId('bitext-result');
    // The exported TSV holds the same text as the TMX opened above: both sides are duplicates.
    await page.getByTestId('bitext-input').setInputFiles(path.join(outDir, 'corpus.tsv'));
    await expect.poll(() => result.innerText(), { timeout: 30_000 }).toMatch(/corpus\.tsv: no pair was made \(0 documents imported\)/);
    expect(await result.locator('.rejected-list li').count()).toBe(2);
    expect(await result.innerText()).toContain('already in the project');
    await page.screenshot({ path: '/tmp/bitext-export-tsv-duplicate.png' });
    // The first two rows only: new text, so two documents and a pair of two beads.
    const rows = readFileSync(path.join(outDir, 'corpus.tsv'), 'utf8').split('\n').slice(0, 3).join('\n') + '\n';
    const short = path.join(tmp, 'first-two.tsv');
    writeFileSync(short, rows);
    await page.getByTestId('bitext-input').setInputFiles(short);
    await expect.poll(() => result.innerText(), { timeout: 30_000 }).toMatch(/first-two\.tsv opened: .* 2 beads \(2 confirmed\)/);
    await expect.poll(() => docRows(page).count()).toBe(9);
  });

  it('shows the Export view in French and in dark mode, with no console errors', async () => {
    await page.keyboard.press('Control+e');
    await page.locator('.export-view').waitFor();
    await page.locator('.segmented button[lang=fr]').click();
    await expect.poll(() => page.locator('.view-tab[aria-current=page]').innerText()).toBe('Export');
    expect(await page.locator('.export-title').innerText()).toBe('Exporter le corpus');
    // The last result stays when coming back to the view, in the new language.
    expect(await page.getByTestId('export-result').innerText()).toContain('Export terminé');
    await page.screenshot({ path: '/tmp/bitext-export-fr.png' });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: '/tmp/bitext-export-dark.png' });
    await page.emulateMedia({ colorScheme: 'light' });
    expect(errors).toEqual([]);
  });
});
