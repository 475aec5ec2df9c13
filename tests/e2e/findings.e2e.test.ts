// The correction workflow end to end: the real `bitext serve` on a fresh project (the sample
// corpus, checked at creation), the built renderer in Chromium. Find "Flashing" in the findings
// panel, accept "Blinken" for every finding that proposes it in one action (the preview lists 000
// "Flashing" and 004 "Clignote"), see both fixed, undo, redo, reload, and find them still fixed.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useServedApp } from './harness.js';

const shot = (name: string) => `/tmp/bitext-findings-${name}.png`;
const panel = (page: Page) => page.getByTestId('findings-panel');
const item = (page: Page, text: string) => panel(page).locator('[data-testid=finding-item]', { hasText: text });

/** The cleaned text of a document, straight from the API (the token the page keeps for reloads). */
function cleaned(page: Page, prefix: string): Promise<string> {
  return page.evaluate(async (prefix) => {
    const token = sessionStorage.getItem('bitext.token');
    const call = async (method: string, input: unknown) => {
      const res = await fetch(`/api/${method}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify(input),
      });
      const body = (await res.json()) as { ok: boolean; value: any };
      return body.value;
    };
    const snap = await call('getSnapshot', {});
    const doc = snap.documents.find((d: { name: string }) => d.name.startsWith(prefix));
    return (await call('getCleanText', { id: doc.id })).cleaned as string;
  }, prefix);
}

/** The document view's text as read (cleaned mode hides what was removed); screen-reader notes and tips left out. */
const docText = (page: Page) =>
  page.locator('.doc-text').evaluate((el) => {
    const copy = el.cloneNode(true) as HTMLElement;
    for (const x of copy.querySelectorAll('.sr-only, .hl-tip, .foreign-marker')) x.remove();
    return copy.textContent ?? '';
  });

describe('findings workflow against bitext serve', () => {
  const app = useServedApp({ tmpPrefix: 'bitext-e2e-findings-', viewport: { width: 1440, height: 900 } });

  it('opens the findings panel on the sample corpus, with counts and a findings column', async () => {
    await app.page.goto(app.url);
    await app.page.locator('[data-testid=document-row]').nth(4).waitFor({ timeout: 30_000 });
    // The checks ran when the project was created: the table already counts open findings.
    await expect.poll(() => app.page.getByTestId('doc-findings-count').count()).toBeGreaterThan(0);
    await app.page.getByTestId('findings-toggle').click();
    await panel(app.page).waitFor();
    await expect.poll(() => panel(app.page).locator('[data-testid=finding-item]').count()).toBeGreaterThan(5);
    expect(await panel(app.page).locator('.category-chip', { hasText: 'Translated name' }).innerText()).toContain('2/2');
    await app.page.screenshot({ path: shot('panel') });
  });

  it('finds “Flashing” and shows it highlighted in its document', async () => {
    await panel(app.page).locator('.category-chip', { hasText: 'Translated name' }).click();
    await expect.poll(() => panel(app.page).locator('[data-testid=finding-item]').count()).toBe(2);
    await item(app.page, 'Flashing').click();
    const detail = app.page.getByTestId('finding-detail');
    await expect.poll(() => detail.innerText()).toContain('Blinken');
    // The document view opened at the finding, the span marked.
    await expect.poll(() => app.page.locator('.detail-title').innerText()).toContain('000_');
    await expect.poll(() => app.page.locator('.hl.is-revealed').first().innerText()).toContain('Flashing');
    await app.page.locator('.hl.is-revealed').first().hover();
    await expect.poll(() => app.page.locator('.hl-tip').innerText()).toContain('Blinken');
    await app.page.screenshot({ path: shot('selected') });
  });

  it('previews “Apply to all” (000 Flashing, 004 Clignote) and applies it in one action', async () => {
    const apply = app.page.getByTestId('apply-all');
    await expect.poll(() => apply.innerText()).toContain('2');
    await apply.click();
    const places = app.page.locator('dialog[open] [data-testid=occurrence]');
    await expect.poll(() => places.count()).toBe(2);
    const texts = await places.allInnerTexts();
    expect(texts.some((t) => t.includes('000_') && t.includes('Flashing'))).toBe(true);
    expect(texts.some((t) => t.includes('004_') && t.includes('Clignote'))).toBe(true);
    expect(await app.page.locator('dialog[open] input[type=checkbox]:checked').count()).toBe(2);
    await app.page.screenshot({ path: shot('apply-all') });
    await app.page.getByTestId('apply-all-confirm').click();
    await app.page.locator('dialog[open]').waitFor({ state: 'detached' });

    await expect.poll(() => cleaned(app.page, '000_')).not.toContain('Flashing');
    expect(await cleaned(app.page, '004_')).not.toContain('Clignote');
    expect(await cleaned(app.page, '000_')).toContain('said Blinken at a press conference');
    // The open list no longer has them; the document marks the fix.
    await expect.poll(() => panel(app.page).locator('[data-testid=finding-item]').count()).toBe(0);
    await expect.poll(() => app.page.locator('[data-testid=fixed-span]').count()).toBeGreaterThan(0);
    await app.page.getByTestId('text-mode-cleaned').click();
    await expect.poll(() => docText(app.page)).not.toContain('Flashing');
    expect(await docText(app.page)).toContain('said Blinken at a press conference');
    await app.page.screenshot({ path: shot('applied') });
  });

  it('shows 004 fixed too (the fixed findings, status filter)', async () => {
    await app.page.getByTestId('findings-status-filter').selectOption('done');
    await expect.poll(() => panel(app.page).locator('[data-testid=finding-item]').count()).toBe(2);
    await item(app.page, 'Clignote').click();
    await expect.poll(() => app.page.locator('.detail-title').innerText()).toContain('004_');
    await expect.poll(() => docText(app.page)).not.toContain('Clignote');
    expect(await docText(app.page)).toContain('Blinken a déclaré');
  });

  it('undoes both at once and redoes them', async () => {
    await app.page.locator('body').click({ position: { x: 5, y: 300 } });
    await app.page.keyboard.press('Control+z');
    await expect.poll(() => cleaned(app.page, '000_')).toContain('Flashing');
    expect(await cleaned(app.page, '004_')).toContain('Clignote');
    await expect.poll(() => docText(app.page)).toContain('Clignote');
    await app.page.getByTestId('findings-status-filter').selectOption('open');
    await expect.poll(() => panel(app.page).locator('[data-testid=finding-item]').count()).toBe(2);
    await app.page.screenshot({ path: shot('undone') });

    await app.page.getByTestId('redo').click();
    await expect.poll(() => cleaned(app.page, '000_')).not.toContain('Flashing');
    expect(await cleaned(app.page, '004_')).not.toContain('Clignote');
    await expect.poll(() => docText(app.page)).not.toContain('Clignote');
    await expect.poll(() => panel(app.page).locator('[data-testid=finding-item]').count()).toBe(0);
  });

  it('keeps the fixes after a reload', async () => {
    await app.page.reload();
    // The reload comes back to the view it left (the route is in the address).
    await app.page.locator('[data-testid=document-row], .detail-title').first().waitFor({ timeout: 30_000 });
    expect(await cleaned(app.page, '000_')).not.toContain('Flashing');
    expect(await cleaned(app.page, '004_')).not.toContain('Clignote');
    await app.page.getByTestId('findings-toggle').click();
    await app.page.getByTestId('findings-status-filter').selectOption('done');
    await item(app.page, 'Flashing').click();
    await expect.poll(() => app.page.locator('.detail-title').innerText()).toContain('000_');
    await expect.poll(() => app.page.locator('[data-testid=fixed-span]').count()).toBeGreaterThan(0);
    await app.page.getByTestId('text-mode-cleaned').click();
    await expect.poll(() => docText(app.page)).not.toContain('Flashing');
    await app.page.screenshot({ path: shot('reloaded') });
  });

  it('fixes a selected word by hand and applies the same fix at the other places offered', async () => {
    await app.page.getByTestId('text-mode-original').click();
    await app.page.evaluate(() => {
      const piece = [...document.querySelectorAll('.doc-text [data-start]')].find((el) => el.firstChild?.textContent?.includes('Xinjiang'))!;
      const node = piece.firstChild!;
      const at = node.textContent!.indexOf('Xinjiang');
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + 'Xinjiang'.length);
      document.getSelection()!.removeAllRanges();
      document.getSelection()!.addRange(range);
    });
    await expect.poll(() => app.page.getByTestId('fix-selection').isEnabled()).toBe(true);
    await app.page.getByTestId('fix-selection').click();
    await app.page.getByTestId('fix-selection-field').fill('Sinkiang');
    await app.page.keyboard.press('Enter');
    // The offer: every other "Xinjiang" in the corpus (000 and 001), all checked.
    const places = app.page.locator('dialog[open] [data-testid=occurrence]');
    await expect.poll(() => places.count()).toBe(5);
    expect((await places.allInnerTexts()).some((t) => t.includes('001_'))).toBe(true);
    await app.page.screenshot({ path: shot('offer') });
    await app.page.getByTestId('offer-apply').click();
    await expect.poll(() => cleaned(app.page, '001_')).not.toContain('Xinjiang');
    expect(await cleaned(app.page, '000_')).not.toContain('Xinjiang');
    // Two steps back: the offer's batch, then the hand fix.
    await app.page.getByTestId('undo').click();
    await expect.poll(() => cleaned(app.page, '001_')).toContain('Xinjiang');
    await app.page.getByTestId('undo').click();
    await expect.poll(() => cleaned(app.page, '000_')).toContain('Xinjiang');
    expect(await cleaned(app.page, '000_')).not.toContain('Flashing');
  });

  it('reopens “Flashing” and adds the name to the glossary (the checks run again)', async () => {
    await app.page.getByTestId('finding-detail').getByRole('button', { name: 'Reopen' }).click();
    await expect.poll(() => cleaned(app.page, '000_')).toContain('Flashing');
    await app.page.getByTestId('findings-status-filter').selectOption('open');
    await item(app.page, 'Flashing').click();
    const checked = app.page.waitForResponse((r) => r.url().endsWith('/api/runChecks'));
    await app.page.getByTestId('finding-detail').getByRole('button', { name: 'Add to glossary' }).click();
    expect((await checked).ok()).toBe(true);

    await app.page.locator('.view-tab', { hasText: 'Glossary' }).click();
    const entry = app.page.locator('[data-testid=glossary-entry]', { hasText: 'Blinken' });
    await entry.waitFor();
    expect(await entry.innerText()).toContain('Flashing');
    expect(await entry.locator('.term-forbidden').innerText()).toContain('Flashing');
    await app.page.screenshot({ path: shot('glossary') });
  });

  it('adds a term by hand and exports the glossary as a TBX download (blob URL under the CSP)', async () => {
    await app.page.getByRole('button', { name: 'Add an entry' }).click();
    const dialog = app.page.locator('dialog[open]');
    await dialog.getByRole('combobox', { name: 'Kind' }).selectOption('term');
    await dialog.getByRole('textbox', { name: 'Language of term 1' }).fill('en');
    await dialog.getByRole('textbox', { name: 'Term 1', exact: true }).fill('Secretary of State');
    await dialog.getByRole('button', { name: 'Add a term' }).click();
    await dialog.getByRole('textbox', { name: 'Language of term 2' }).fill('fr');
    await dialog.getByRole('textbox', { name: 'Term 2', exact: true }).fill('secrétaire d’État');
    await app.page.screenshot({ path: shot('glossary-editor') });
    await dialog.getByRole('button', { name: 'Save' }).click();
    await app.page.locator('[data-testid=glossary-entry]', { hasText: 'Secretary of State' }).waitFor();
    expect(await app.page.locator('.glossary-stale').innerText()).toContain('run the checks again');

    const download = app.page.waitForEvent('download');
    await app.page.getByTestId('glossary-export-tbx').click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('glossary.tbx');
    const stream = await file.createReadStream();
    let body = '';
    for await (const chunk of stream) body += chunk.toString();
    expect(body).toContain('Secretary of State');
    expect(body).toContain('Blinken');

    await app.page.getByTestId('glossary-file').setInputFiles({
      name: 'names.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('entry,kind,dnt,lang,term,status\nx1,name,yes,*,Xi Jinping,preferred\nx1,name,yes,fr,Xi Jinpin,forbidden\n'),
    });
    await app.page.locator('[data-testid=glossary-entry]', { hasText: 'Xi Jinping' }).waitFor();
    expect(await app.page.locator('.glossary-io [role=status]').innerText()).toBe('names.csv: 1 entry added.');
  });

  it('reads in French, and in dark mode', async () => {
    await app.page.locator('.segmented button[lang=fr]').click();
    await app.page.locator('.view-tab', { hasText: 'Documents' }).click();
    await app.page.locator('.category-chip').first().waitFor();
    await expect.poll(() => panel(app.page).locator('h2').innerText()).toContain('Signalements');
    await panel(app.page).locator('[data-testid=finding-item]').first().click();
    await expect.poll(() => app.page.getByTestId('finding-detail').innerText()).toContain('Rejeter');
    await app.page.screenshot({ path: shot('fr') });
    await app.page.emulateMedia({ colorScheme: 'dark' });
    await app.page.screenshot({ path: shot('dark') });
    await app.page.emulateMedia({ colorScheme: 'light' });
  });

  it('works from the keyboard: J / K move, E edits, R rejects, A accepts', async () => {
    const selectedText = () => panel(app.page).locator('[data-testid=finding-item][aria-selected=true]').innerText();
    const openCount = async () => Number(await panel(app.page).locator('h2 .count-badge').innerText());
    const first = await selectedText();
    await app.page.keyboard.press('j');
    await expect.poll(selectedText).not.toBe(first);
    expect(await app.page.evaluate(() => document.activeElement?.getAttribute('aria-selected'))).toBe('true');
    await app.page.keyboard.press('k');
    await expect.poll(selectedText).toBe(first);
    await app.page.keyboard.press('j');
    const second = await selectedText();

    await app.page.keyboard.press('e');
    await expect.poll(() => app.page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('finding-edit-field');
    await app.page.keyboard.press('Escape');
    await expect.poll(() => app.page.getByTestId('finding-edit-field').count()).toBe(0);
    // Esc closed the field only: the document view is still open.
    expect(await app.page.locator('.detail-title').count()).toBe(1);

    await panel(app.page).locator('[data-testid=finding-item][aria-selected=true]').focus();
    await app.page.keyboard.press('r');
    await expect.poll(() => app.page.evaluate(() => document.activeElement?.tagName)).toBe('INPUT');
    await app.page.keyboard.press('Escape');

    await panel(app.page).locator('[data-testid=finding-item][aria-selected=true]').focus();
    const before = await openCount();
    await app.page.keyboard.press('a');
    await expect.poll(openCount).toBe(before - 1);
    // The next open finding took its place.
    await expect.poll(selectedText).not.toBe(second);
  });

  it('raised no console errors (CSP violations, failed requests, exceptions)', () => {
    expect(app.errors).toEqual([]);
  });
});
