// Export end to end: the real `bitext serve` on a fresh project (the sample corpus), the built
// renderer in Chromium. Confirm a few linked beads of 002 ⇄ 004, open the Export view with Ctrl+E,
// export TMX + TSV + cleaned documents + QA report, and check the files on disk: the TMX (valid
// against the TMX 1.4 DTD when xmllint and .cache/dtd/tmx14.dtd are there; required in CI) holds
// one <tu> per confirmed linked bead, the TSV as many data rows, the report is HTML. Then open the
// TMX back with "Open TMX/TSV…" and find two new documents and a confirmed pair; a TSV too (the
// same text again is refused as duplicates, with the reason).
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { REPO, useServedApp } from './harness.js';

const DTD = path.join(REPO, '.cache/dtd/tmx14.dtd');
const hasXmllint = () => spawnSync('xmllint', ['--version'], { encoding: 'utf8' }).status === 0;

const grid = (page: Page) => page.getByTestId('pair-grid');
const active = (page: Page) => page.locator('.bead-row.is-active');
const activeBead = async (page: Page) => Number(await active(page).getAttribute('data-bead'));
const docRows = (page: Page) => page.locator('[data-testid=document-row]');

describe('Export view against bitext serve', () => {
  const app = useServedApp({ tmpPrefix: 'bitext-e2e-export-', viewport: { width: 1400, height: 900 } });
  /** Confirmed beads with a sentence on both sides (what the bilingual files hold). */
  let confirmedLinked = 0;
  let outDir = '';
  let tmxPath = '';
  let tuCount = 0;

  it('links and confirms beads of 002 ⇄ 004 by keyboard (Ctrl+L, Space)', async () => {
    await app.page.goto(app.url);
    const item = app.page.locator('.pair-open', { hasText: '002' });
    await item.waitFor({ timeout: 30_000 });
    await item.click();
    await active(app.page).waitFor({ timeout: 60_000 });
    await grid(app.page).focus();
    await app.page.keyboard.press('Home');
    await expect.poll(() => activeBead(app.page)).toBe(0);
    // Comparable articles: the aligner links only what it is sure of, so the editor links
    // sentences by hand (Ctrl+L joins a gap with the opposite gap next to it) and confirms them.
    const isLinked = async () => (await active(app.page).locator('.side-cell.is-empty').count()) === 0;
    for (let i = 0; i < 120 && confirmedLinked < 4; i++) {
      if (!(await isLinked())) {
        await app.page.keyboard.press('Control+l');
        // The link arrives as a patch from the server; a gap with no opposite gap beside it stays as it is.
        for (let t = 0; t < 20 && !(await isLinked()); t++) await app.page.waitForTimeout(50);
      }
      if (await isLinked()) {
        if ((await active(app.page).locator('.link-gutter.is-confirmed').count()) === 0) {
          await app.page.keyboard.press('Space');
          await expect.poll(() => active(app.page).locator('.link-gutter.is-confirmed').count()).toBe(1);
        }
        confirmedLinked++;
      }
      await app.page.keyboard.press('ArrowDown');
    }
    expect(confirmedLinked).toBe(4);
  });

  it('opens the Export view with Ctrl+E and summarises what the pairs hold', async () => {
    await app.page.keyboard.press('Control+e');
    await app.page.locator('.export-view').waitFor();
    expect(await app.page.locator('.view-tab[aria-current=page]').innerText()).toBe('Export');
    const counts = await app.page.getByTestId('export-counts').innerText();
    expect(counts).toMatch(/1 translation pair/);
    // Confirmed beads (including any with an empty side) are at least the linked ones confirmed.
    const confirmed = Number(/(\d+) confirmed bead/.exec(counts)?.[1]);
    expect(confirmed).toBeGreaterThanOrEqual(confirmedLinked);
    expect(await app.page.locator('.export-preview').innerText()).toContain('1 same-language version pair is not in the bilingual files.');
    // Default: confirmed beads only.
    expect(await app.page.getByLabel('Confirmed beads only').isChecked()).toBe(true);
    await app.page.screenshot({ path: '/tmp/bitext-export-form.png' });
    // Ctrl+E is in the keys overlay.
    await app.page.keyboard.press('F1');
    const overlay = app.page.locator('.keys-overlay');
    await overlay.waitFor();
    expect(await overlay.innerText()).toMatch(/Ctrl\s*E\s*Open the Export view/);
    await app.page.keyboard.press('Escape');
    await overlay.waitFor({ state: 'detached' });
  });

  it('exports TMX, TSV, cleaned documents and the QA report (keyboard: Enter on Export)', async () => {
    for (const name of ['TMX 1.4', 'TSV', 'Cleaned documents', 'QA report']) {
      const box = app.page.getByLabel(name, { exact: true });
      if (!(await box.isChecked())) await box.check();
    }
    for (const name of ['Moses / OPUS', 'XLIFF 2.1', 'JSONL', 'Language metadata'])
      expect(await app.page.getByLabel(name, { exact: true }).isChecked()).toBe(false);
    await app.page.locator('form .export-button').focus();
    await app.page.keyboard.press('Enter');
    const result = app.page.getByTestId('export-result');
    await result.waitFor({ timeout: 60_000 });
    // Focus moved to the result heading.
    expect(await app.page.evaluate(() => document.activeElement?.textContent)).toBe('Export finished');
    outDir = await app.page.getByTestId('export-outdir').innerText();
    expect(outDir.startsWith(path.join(app.project, 'exports') + path.sep)).toBe(true);
    expect(await result.locator('tr[data-format=tmx]').innerText()).toContain(`${confirmedLinked} segment pairs`);
    expect(await result.innerText()).toMatch(/4 confirmed of \d+ beads in the exported pairs/);
    await app.page.screenshot({ path: '/tmp/bitext-export-result.png' });
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

    const tsv = readFileSync(path.join(outDir, 'corpus.tsv'), 'utf8')
      .split('\n')
      .filter((l) => l !== '');
    expect(tsv[0]!.split('\t').slice(0, 2)).toEqual(['en', 'fr']);
    expect(tsv.length - 1).toBe(confirmedLinked);

    const report = readFileSync(path.join(outDir, 'report.html'), 'utf8');
    expect(report).toMatch(/^<!DOCTYPE html>/i);
    expect(report).toContain('</html>');

    const docsDir = path.join(outDir, 'documents');
    const docFiles = readdirSync(docsDir, { recursive: true })
      .map(String)
      .filter((f) => statSync(path.join(docsDir, f)).isFile());
    expect(docFiles.length).toBe(5);
    // Formats not chosen were not written.
    expect(existsSync(path.join(outDir, 'corpus.xlf'))).toBe(false);
    expect(existsSync(path.join(outDir, 'corpus.en'))).toBe(false);
  });

  it('opens the exported TMX back as two documents and a confirmed pair', async () => {
    await app.page.getByRole('button', { name: 'Documents', exact: true }).click();
    await expect.poll(() => docRows(app.page).count()).toBe(5);
    const pairsBefore = await app.page.locator('.pair-item').count();
    await app.page.getByTestId('bitext-input').setInputFiles(tmxPath);
    const result = app.page.getByTestId('bitext-result');
    await expect.poll(() => result.innerText(), { timeout: 30_000 }).toMatch(/corpus\.tmx opened/);
    expect(await result.innerText()).toContain(`${tuCount} beads (${tuCount} confirmed)`);
    await expect.poll(() => docRows(app.page).count()).toBe(7);
    await expect.poll(() => app.page.locator('.pair-item').count()).toBe(pairsBefore + 1);
    const pair = app.page.locator('.pair-item.is-confirmed', { hasText: 'corpus' });
    expect(await pair.count()).toBe(1);
    await app.page.screenshot({ path: '/tmp/bitext-export-reimport.png' });

    // The new pair holds the beads, all confirmed.
    await pair.locator('.pair-open').click();
    await active(app.page).waitFor({ timeout: 30_000 });
    expect(Number(await grid(app.page).getAttribute('aria-rowcount')) - 1).toBe(tuCount);
    expect(await app.page.locator('.link-gutter.is-unconfirmed').count()).toBe(0);
  });

  it('opens a TSV too; the same text twice is refused with the reason', async () => {
    await app.page.getByRole('button', { name: 'Documents', exact: true }).click();
    const result = app.page.getByTestId('bitext-result');
    // The exported TSV holds the same text as the TMX opened above: both sides are duplicates.
    await app.page.getByTestId('bitext-input').setInputFiles(path.join(outDir, 'corpus.tsv'));
    await expect.poll(() => result.innerText(), { timeout: 30_000 }).toMatch(/corpus\.tsv: no pair was made \(0 documents imported\)/);
    expect(await result.locator('.rejected-list li').count()).toBe(2);
    expect(await result.innerText()).toContain('already in the project');
    await app.page.screenshot({ path: '/tmp/bitext-export-tsv-duplicate.png' });
    // The first two rows only: new text, so two documents and a pair of two beads.
    const rows = readFileSync(path.join(outDir, 'corpus.tsv'), 'utf8').split('\n').slice(0, 3).join('\n') + '\n';
    const short = path.join(app.dir, 'first-two.tsv');
    writeFileSync(short, rows);
    await app.page.getByTestId('bitext-input').setInputFiles(short);
    await expect.poll(() => result.innerText(), { timeout: 30_000 }).toMatch(/first-two\.tsv opened: .* 2 beads \(2 confirmed\)/);
    await expect.poll(() => docRows(app.page).count()).toBe(9);
  });

  it('shows the Export view in French and in dark mode, with no console errors', async () => {
    await app.page.keyboard.press('Control+e');
    await app.page.locator('.export-view').waitFor();
    await app.page.locator('.segmented button[lang=fr]').click();
    await expect.poll(() => app.page.locator('.view-tab[aria-current=page]').innerText()).toBe('Export');
    expect(await app.page.locator('.export-title').innerText()).toBe('Exporter le corpus');
    // The last result stays when coming back to the view, in the new language.
    expect(await app.page.getByTestId('export-result').innerText()).toContain('Export terminé');
    await app.page.screenshot({ path: '/tmp/bitext-export-fr.png' });
    await app.page.emulateMedia({ colorScheme: 'dark' });
    await app.page.screenshot({ path: '/tmp/bitext-export-dark.png' });
    await app.page.emulateMedia({ colorScheme: 'light' });
    expect(app.errors).toEqual([]);
  });
});
