// The editor's day on their own corpus, in Chromium against the real `bitext serve`:
// files imported into an emptied project are checked and paired without any other action; corpus
// search (Ctrl+Shift+F) lists a concordance and replaces chosen places as one undoable edit.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useServedApp } from './harness.js';

const shot = (name: string) => `/tmp/bitext-editor-day-${name}.png`;

/** A call to the API with the page's token (what the UI itself does). */
function api<T = any>(page: Page, method: string, input: unknown = {}): Promise<T> {
  return page.evaluate(
    async ([method, input]) => {
      const token = sessionStorage.getItem('bitext.token');
      const res = await fetch(`/api/${method}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify(input),
      });
      const body = (await res.json()) as { ok: boolean; value: unknown; error?: unknown };
      if (!body.ok) throw new Error(JSON.stringify(body.error));
      return body.value;
    },
    [method, input] as const,
  ) as Promise<T>;
}

// Two short texts written for this test: an English story (a doubled word, a doubled space) and its French version.
const EN = [
  'The harbour authority of Tessaly said on Monday that the the new quay would open in June.',
  'Fishing crews had waited three years for the quay, the  authority said in a statement.',
  'The mayor of Tessaly, Ilse Marrow, thanked the engineers and the crews.',
  'Work on the second quay will begin next spring, according to the authority.',
].join('\n\n');
const FR = [
  'L’autorité portuaire de Tessaly a déclaré lundi que le nouveau quai ouvrirait en juin.',
  'Les équipages de pêche attendaient ce quai depuis trois ans, a indiqué l’autorité dans un communiqué.',
  'La maire de Tessaly, Ilse Marrow, a remercié les ingénieurs et les équipages.',
  'Les travaux du second quai commenceront au printemps prochain, selon l’autorité.',
].join('\n\n');

describe('import → checks and pair suggestions by themselves', () => {
  const app = useServedApp({ tmpPrefix: 'bitext-e2e-day-import-', viewport: { width: 1440, height: 900 } });

  it('checks and pairs the files of an emptied project without any other action', async () => {
    const page = app.page;
    await page.goto(app.url);
    await page.locator('[data-testid=document-row]').first().waitFor({ timeout: 30_000 });
    // Start from an empty project: the sample documents removed.
    const snap = await api(page, 'getSnapshot');
    for (const d of snap.documents) await api(page, 'removeDocument', { id: d.id });
    await page.reload();
    await page
      .locator('[data-testid=document-row]')
      .first()
      .waitFor({ state: 'detached', timeout: 10_000 })
      .catch(() => undefined);
    await expect.poll(() => page.locator('[data-testid=document-row]').count()).toBe(0);
    // With no documents, the rail does not claim that every document is paired.
    expect(await page.locator('.rail-pairs').innerText()).not.toContain('Every document is in a pair');
    expect(await page.locator('.rail-pairs').innerText()).toContain('No documents yet.');

    await page.getByTestId('files-input').setInputFiles([
      { name: 'quay-en.txt', mimeType: 'text/plain', buffer: Buffer.from(EN) },
      { name: 'quai-fr.txt', mimeType: 'text/plain', buffer: Buffer.from(FR) },
    ]);
    await page.locator('.import-result').waitFor();
    // One job in the top bar for the import, its pairing and its checks: it names its step, then ends as a whole.
    await expect
      .poll(() => page.locator('.job-status .job-text').innerText(), { timeout: 30_000 })
      .toMatch(/^(Importing|Suggesting pairs|Checking) \(step [123] of 3\)(: \d+ files? read|: \d+%)?$|^Import, pairing and checks: done$/);
    await expect.poll(() => page.locator('[data-testid=document-row]').count()).toBe(2);
    // No "Re-run checks", no "Suggest pairs": the findings column fills in and a pair is suggested.
    const row = page.locator('[data-testid=document-row]', { hasText: 'quay-en.txt' });
    await expect.poll(() => row.getByTestId('doc-findings-count').count(), { timeout: 30_000 }).toBe(1);
    expect(Number(await row.getByTestId('doc-findings-count').innerText())).toBeGreaterThan(0);
    await expect.poll(() => page.locator('.rail-pairs .pair-item').count(), { timeout: 30_000 }).toBe(1);
    expect(await page.locator('.rail-pairs .pair-item').innerText()).toContain('quay-en');
    // The panel lists the new document's findings.
    await page.getByTestId('findings-toggle').click();
    await expect.poll(() => page.getByTestId('findings-panel').locator('[data-testid=finding-item]', { hasText: 'quay-en.txt' }).count()).toBeGreaterThan(0);
    await page.screenshot({ path: shot('imported') });
    // Counts and statements come from the same data as the lists.
    expect(await page.locator('.rail-pairs').innerText()).toContain('Every document is in a pair.');
    expect(app.errors).toEqual([]);
  }, 60_000); // its steps wait up to 30 s each: behind the sample's own start-up jobs on a busy machine
});

describe('corpus search and replace', () => {
  const app = useServedApp({ tmpPrefix: 'bitext-e2e-day-search-', viewport: { width: 1440, height: 900 } });

  it('Ctrl+Shift+F opens the search with the focus in its field; results are a concordance in a labelled region', async () => {
    const page = app.page;
    await page.goto(app.url);
    await page.locator('[data-testid=document-row]').first().waitFor({ timeout: 30_000 });
    await page.keyboard.press('Control+Shift+F');
    const field = page.getByTestId('search-field');
    await field.waitFor();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('search-field');
    await page.keyboard.type('Blinken');
    await page.keyboard.press('Enter');
    const region = page.getByRole('region', { name: 'Search results' });
    await expect.poll(() => region.getByTestId('search-hit').count()).toBeGreaterThan(3);
    const first = await region.getByTestId('search-hit').first().innerText();
    expect(first).toMatch(/\.txt/);
    expect(first).toContain('Blinken');
    expect(await region.getByRole('status').innerText()).toMatch(/places found/);
    await page.screenshot({ path: shot('search') });
    // A hit shows its place in its document.
    await region.getByTestId('search-hit').first().locator('.hit-jump').click();
    await expect.poll(() => page.locator('.hl.is-revealed, .is-revealed').count()).toBeGreaterThan(0);
    await page.keyboard.press('Control+Shift+F');
    await expect.poll(() => region.getByTestId('search-hit').count()).toBeGreaterThan(3);
  });

  it('previews a replace with a checkbox per place, applies the chosen ones as one edit, and one undo restores them', async () => {
    const page = app.page;
    const region = page.getByRole('region', { name: 'Search results' });
    const total = await region.getByTestId('search-hit').count();
    await page.getByTestId('search-field').fill('Blinken');
    await page.getByText('Whole word').click();
    await page.getByText('Match case').click();
    await page.getByTestId('replace-field').fill('Blinkenn');
    await page.getByTestId('replace-preview').click();
    await expect.poll(() => region.locator('input[type=checkbox]').count()).toBeGreaterThan(3);
    const boxes = region.locator('input[type=checkbox]:not(:disabled)');
    const n = await boxes.count();
    expect(await region.locator('ins.hit-replacement').first().innerText()).toBe('Blinkenn');
    // Leave the first place out.
    await boxes.first().uncheck();
    await page.screenshot({ path: shot('replace-preview') });
    await page.getByTestId('replace-apply').click();
    await expect.poll(() => page.getByTestId('replace-done').innerText()).toContain(`${n - 1} places replaced`);
    // A name corrected into a name: the glossary is offered.
    expect(await page.getByTestId('replace-glossary-add').count()).toBe(1);
    await expect.poll(() => region.getByTestId('search-hit').count()).toBe(1);
    const cleaned = await api(page, 'searchCorpus', { query: { text: 'Blinkenn', regex: false, wholeWord: true, caseSensitive: true }, textMode: 'cleaned' });
    expect(cleaned.total).toBe(n - 1);
    // The document view shows the replaced text (its cleaned text was fetched again).
    await page.locator('.view-tab', { hasText: 'Documents' }).click();
    await page.locator('[data-testid=document-row]').first().locator('.doc-name').click();
    const docText = page.locator('.doc-text');
    await docText.waitFor();
    await page.getByTestId('text-mode-cleaned').click();
    await expect.poll(() => docText.innerText()).toContain('Blinkenn');
    // One undo brings every place back, in the open view too.
    await page.locator('.detail-title').click();
    await page.keyboard.press('Control+Z');
    await expect
      .poll(
        async () =>
          (await api(page, 'searchCorpus', { query: { text: 'Blinkenn', regex: false, wholeWord: true, caseSensitive: true }, textMode: 'cleaned' })).total,
      )
      .toBe(0);
    await expect.poll(() => docText.innerText()).not.toContain('Blinkenn');
    await page.keyboard.press('Control+Shift+F');
    await expect.poll(() => region.getByTestId('search-hit').count()).toBe(n);
    expect(total).toBeGreaterThanOrEqual(n);
    expect(app.errors).toEqual([]);
  });

  it('a pattern that backtracks without end is stopped and said so', async () => {
    const page = app.page;
    await page.getByTestId('search-field').fill('(\\w+\\s?)+$x');
    await page.getByTestId('search-regex').check();
    await page.getByTestId('search-submit').click();
    const region = page.getByRole('region', { name: 'Search results' });
    await expect.poll(() => region.getByRole('status').innerText(), { timeout: 10_000 }).toMatch(/longer than 2 s|not valid|Not found/);
  });

  it('reads in French: the results region is « Résultats de la recherche »', async () => {
    const page = app.page;
    await page.getByTestId('search-regex').uncheck();
    await page.getByTestId('search-field').fill('Blinken');
    await page.getByTestId('search-submit').click();
    await page.locator('.segmented button[lang=fr]').click();
    const region = page.getByRole('region', { name: 'Résultats de la recherche' });
    await expect.poll(() => region.getByTestId('search-hit').count()).toBeGreaterThan(3);
    expect(await region.getByRole('status').innerText()).toMatch(/endroits trouvés/);
    await page.screenshot({ path: shot('search-fr') });
    await page.locator('.segmented button[lang=en]').click();
  });
});

describe('the view survives a reload', () => {
  const app = useServedApp({ tmpPrefix: 'bitext-e2e-day-reload-', viewport: { width: 1440, height: 900 } });

  it('reopens the pair, at the bead the editor was on; the tab and the search view too', async () => {
    const page = app.page;
    await page.goto(app.url);
    await page.locator('[data-testid=document-row]').first().waitFor({ timeout: 30_000 });
    await page.locator('.rail-pairs .pair-open').first().click();
    await page.locator('.bead-row.is-active').waitFor({ timeout: 30_000 });
    await page
      .locator('.pair-grid-body, [role=grid]')
      .first()
      .focus()
      .catch(() => undefined);
    for (let i = 0; i < 12; i++) await page.keyboard.press('ArrowDown');
    const active = () => page.locator('.bead-row.is-active').getAttribute('aria-rowindex');
    const before = await active();
    expect(Number(before)).toBeGreaterThan(5);
    await expect.poll(() => page.evaluate(() => location.hash)).toMatch(/^#\/pair\/p_[0-9a-f]+\/\d+$/);
    const title = await page.locator('.pair-view h1, .pair-view h2').first().innerText();
    await page.reload();
    await page.locator('.bead-row.is-active').waitFor({ timeout: 30_000 });
    expect(await page.locator('.pair-view h1, .pair-view h2').first().innerText()).toBe(title);
    expect(await page.locator('.view-tab[aria-current=page]').innerText()).toBe('Pairs');
    await expect.poll(active).toBe(before);
    // The focused bead is on screen, not just focused.
    const box = await page.locator('.bead-row.is-active').boundingBox();
    expect(box!.y).toBeGreaterThan(0);
    expect(box!.y).toBeLessThan(900);

    await page.keyboard.press('Control+Shift+F');
    await page.getByTestId('search-field').waitFor();
    await page.reload();
    await page.getByTestId('search-field').waitFor({ timeout: 30_000 });
    expect(await page.locator('.view-tab[aria-current=page]').innerText()).toBe('Search');
    // Back returns to the pair.
    await page.goBack();
    await page.locator('.bead-row.is-active').waitFor({ timeout: 30_000 });

    // A document scrolled half-way down comes back at the same place.
    await page.locator('.view-tab', { hasText: 'Documents' }).click();
    await page.locator('[data-testid=document-row]').nth(1).locator('.doc-name').click();
    const body = page.locator('.detail-body');
    await page.locator('.doc-text').waitFor();
    await body.evaluate((el) => (el.scrollTop = Math.round((el.scrollHeight - el.clientHeight) / 2)));
    const top = await body.evaluate((el) => el.scrollTop);
    expect(top).toBeGreaterThan(100);
    await page.waitForTimeout(200);
    await page.reload();
    await page.locator('.doc-text').waitFor({ timeout: 30_000 });
    await expect.poll(() => body.evaluate((el) => el.scrollTop)).toBeGreaterThan(top - 5);
    expect(await body.evaluate((el) => el.scrollTop)).toBeLessThan(top + 5);
    expect(app.errors).toEqual([]);
  });
});

describe('the Pairs overview', () => {
  const app = useServedApp({ tmpPrefix: 'bitext-e2e-day-pairs-', viewport: { width: 1280, height: 800 } });

  it('lists every pair with kind, score, status, beads and findings; a confirmed pair asks before it is rejected; undo', async () => {
    const page = app.page;
    await page.goto(app.url);
    await page.locator('[data-testid=document-row]').first().waitFor({ timeout: 30_000 });
    await page.locator('.view-tab', { hasText: 'Pairs' }).click();
    const rows = page.getByTestId('pairs-row');
    await expect.poll(() => rows.count()).toBe(2);
    const heads = await page.locator('.pairs-table thead th').allInnerTexts();
    for (const h of ['Pair', 'Kind', 'Score', 'Status', 'Beads', 'Doubtful', 'Findings']) expect(heads.join('|')).toContain(h);
    expect(await page.getByTestId('pairs-summary').innerText()).toBe('2 pairs: 0 confirmed, 2 suggested, 0 rejected.');
    // Names are file names, never ids; findings are counted.
    const first = await rows.first().innerText();
    expect(first).toMatch(/\.txt ⇄ .*\.txt/);
    expect(first).not.toMatch(/[pd]_[0-9a-f]{8}/);
    // Sort by findings, then confirm the first pair.
    await page.getByTestId('pairs-sort-findings').click();
    await rows
      .first()
      .getByRole('button', { name: /^Confirm the pair/ })
      .click();
    await expect.poll(() => page.getByTestId('pairs-summary').innerText()).toBe('2 pairs: 1 confirmed, 1 suggested, 0 rejected.');
    // Rejecting it asks first; "Keep" keeps it.
    const confirmedRow = page.getByTestId('pairs-row').filter({ hasText: 'confirmed' });
    await confirmedRow.getByTestId('pairs-reject').click();
    await page.getByTestId('reject-pair-keep').click();
    expect(await page.getByTestId('pairs-summary').innerText()).toBe('2 pairs: 1 confirmed, 1 suggested, 0 rejected.');
    await confirmedRow.getByTestId('pairs-reject').click();
    await page.screenshot({ path: shot('pairs-reject-ask') });
    await page.getByTestId('reject-pair-confirm').click();
    await expect.poll(() => page.getByTestId('pairs-summary').innerText()).toBe('2 pairs: 0 confirmed, 1 suggested, 1 rejected.');
    // Filter: rejected only.
    await page.getByTestId('pairs-filter-status').selectOption('rejected');
    await expect.poll(() => rows.count()).toBe(1);
    await page.getByTestId('pairs-filter-status').selectOption('');
    // The decision is undoable.
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Control+Z');
    await expect.poll(() => page.getByTestId('pairs-summary').innerText()).toBe('2 pairs: 1 confirmed, 1 suggested, 0 rejected.');
    // The rail's ✕ beside ✓ asks the same before a confirmed pair is rejected.
    const railConfirmed = page.locator('.rail-pairs .pair-item').filter({ has: page.locator('button[aria-pressed="true"]') });
    await expect.poll(() => railConfirmed.count()).toBe(1);
    await railConfirmed.getByRole('button', { name: /^Reject the pair/ }).click();
    await page.getByTestId('reject-pair-keep').click();
    expect(await page.getByTestId('pairs-summary').innerText()).toBe('2 pairs: 1 confirmed, 1 suggested, 0 rejected.');
    // Open goes to the Pair view.
    await rows.first().getByRole('button', { name: 'Open' }).click();
    await page.locator('.bead-row').first().waitFor({ timeout: 30_000 });
    await page.screenshot({ path: shot('pairs-opened') });
    await page.locator('.view-tab', { hasText: 'Pairs' }).click();
    await expect.poll(() => rows.count()).toBe(2);
    await page.screenshot({ path: shot('pairs') });
    expect(app.errors).toEqual([]);
  });
});

describe('a lost session', () => {
  const app = useServedApp({ tmpPrefix: 'bitext-e2e-day-lost-', viewport: { width: 1280, height: 800 } });

  it('says the session ended (never "Saved", never "internal error") and offers to reconnect', async () => {
    const page = app.page;
    await page.goto(app.url);
    await page.locator('[data-testid=document-row]').first().waitFor({ timeout: 30_000 });
    // The server forgets this page's token, as after a restart.
    await page.route('**/api/**', (route) =>
      route.fulfill({ status: 401, contentType: 'application/json', body: JSON.stringify({ ok: false, error: { code: 'session.lost' } }) }),
    );
    await page.locator('[data-testid=document-row]').first().locator('input[type=checkbox]').click();
    await page.getByTestId('session-lost').waitFor();
    expect(await page.getByTestId('session-lost').innerText()).toContain('The session has ended.');
    expect(await page.getByTestId('save-status').innerText()).toBe('Not saved — session ended');
    expect(await page.locator('body').innerText()).not.toMatch(/internal error/i);
    await page.screenshot({ path: shot('session-lost') });
    // Reconnect reloads; the server is the same here, so the page comes back working.
    await page.unroute('**/api/**');
    await page.getByTestId('session-reconnect').click();
    await page.locator('[data-testid=document-row]').first().waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('session-lost').count()).toBe(0);
    // An address without its key gets a page that says what happened, in English and French.
    const res = await page.request.get(new URL('/', app.url).toString(), { headers: { cookie: '' } });
    expect(res.status()).toBe(401);
    const body = await res.text();
    expect(body).toContain('This session has ended');
    expect(body).toContain('Cette session a pris fin');
  });
});
