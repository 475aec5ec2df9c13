// A CAT tool's file end to end, against the real `bitext serve` and the built renderer in
// Chromium: open a UTF-16 TMX with inline codes ("Open TMX/TSV/XLIFF…"), see the codes as tags in
// the Pair view (never as markup text), confirm a bead, export XLIFF 1.2 from the Export view, and
// find the codes, the regional tags and the approval in the file (schema-valid when the OASIS
// schema was fetched: scripts/fetch-xliff-xsd.sh).
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { REPO, useServedApp } from './harness.js';
import { FOREIGN_TMX } from '../export/bitext-fixtures.js';

const XSD = path.join(REPO, '.cache/xsd/xliff-core-1.2-strict.xsd');
const active = (page: Page) => page.locator('.bead-row.is-active');

describe('bilingual files from CAT tools against bitext serve', () => {
  const app = useServedApp({ tmpPrefix: 'bitext-e2e-bilingual-', viewport: { width: 1400, height: 900 } });
  let outDir = '';

  it('opens a UTF-16 TMX with inline codes as two documents and a confirmed pair', async () => {
    await app.page.goto(app.url);
    await app.page.locator('.pair-open').first().waitFor({ timeout: 30_000 });
    const file = path.join(app.dir, 'harbour-memory.tmx');
    const xml = FOREIGN_TMX.replace('encoding="UTF-8"', 'encoding="UTF-16"');
    writeFileSync(file, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(xml, 'utf16le')]));
    await app.page.getByTestId('bitext-input').setInputFiles(file);
    const result = app.page.getByTestId('bitext-result');
    await expect.poll(() => result.innerText(), { timeout: 30_000 }).toMatch(/harbour-memory\.tmx opened/);
    const text = await result.innerText();
    expect(text).toContain('2 beads (2 confirmed)');
    expect(text).toMatch(/TMX, utf-16le, en-GB → fr-CA/);
    expect(text).toMatch(/6 formatting codes kept as tags/);
  });

  it('shows the codes as tags in the Pair view, and the text around them', async () => {
    await app.page.locator('.pair-item', { hasText: 'harbour-memory' }).locator('.pair-open').click();
    await active(app.page).waitFor({ timeout: 30_000 });
    const grid = app.page.getByTestId('pair-grid');
    await expect.poll(() => grid.locator('.inline-code').count()).toBe(6);
    const shown = await grid.innerText();
    expect(shown).toContain('Save');
    expect(shown).toContain('Enregistrer');
    expect(shown).not.toMatch(/<\/?(bpt|ept|ph|b)\b|&lt;/);
    expect(await grid.locator('.inline-code').first().getAttribute('aria-label')).toBe('Formatting code 1');
    await app.page.screenshot({ path: '/tmp/bitext-bilingual-tags.png' });
  });

  it('confirms a bead by keyboard (Space takes it back, Space confirms it again)', async () => {
    await app.page.getByTestId('pair-grid').focus();
    await app.page.keyboard.press('Home');
    await expect.poll(() => active(app.page).locator('.link-gutter.is-confirmed').count()).toBe(1);
    await app.page.keyboard.press('Space');
    await expect.poll(() => active(app.page).locator('.link-gutter.is-confirmed').count()).toBe(0);
    await app.page.keyboard.press('Space');
    await expect.poll(() => active(app.page).locator('.link-gutter.is-confirmed').count()).toBe(1);
  });

  it('exports XLIFF 1.2 with the codes written back, the regional tags and the approval', async () => {
    await app.page.keyboard.press('Control+e');
    await app.page.locator('.export-view').waitFor();
    await app.page.getByLabel('XLIFF 1.2').check();
    await app.page.locator('.export-button').click();
    const folder = app.page.getByTestId('export-outdir');
    await folder.waitFor({ timeout: 60_000 });
    outDir = await folder.innerText();
    const file = path.join(outDir, 'corpus.xliff12.xlf');
    expect(existsSync(file)).toBe(true);
    const x = readFileSync(file, 'utf8');
    expect(x).toContain('source-language="en-GB" target-language="fr-CA"');
    expect(x).toMatch(/<trans-unit id="T-17"[^>]*approved="yes"/);
    expect(x).toContain('Press <bpt id="1" rid="2">&lt;b&gt;</bpt>Save<ept id="2" rid="2">&lt;/b&gt;</ept> now<ph id="3">&lt;br/&gt;</ph>');
    expect(x).toContain('<note>checked by Anna</note>');
    // The TMX written beside it keeps the other tool's codes, id, dates and props as they were.
    const tmx = readFileSync(path.join(outDir, 'corpus.tmx'), 'utf8');
    expect(tmx).toContain('<bpt i="1" x="1" type="bold">&lt;b&gt;</bpt>');
    expect(tmx).toMatch(/<tu tuid="T-17" usagecount="4" creationdate="20230102T030405Z" creationid="ANNA" changedate="20230203T040506Z" changeid="BEN"/);
    expect(tmx).toContain('<prop type="x-Client">Harbour Weekly</prop>');
    if (existsSync(XSD) && spawnSync('xmllint', ['--version']).status === 0) {
      const r = spawnSync('xmllint', ['--nonet', '--noout', '--schema', XSD, file], { encoding: 'utf8' });
      expect(r.stderr).toContain('validates');
      expect(r.status).toBe(0);
    }
    expect(app.errors).toEqual([]);
  });
});
