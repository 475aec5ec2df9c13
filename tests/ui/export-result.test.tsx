// The export result as rendered (server-side, no DOM): folder, counts, warnings, file table, in
// English and French; the cancelled / no-folder outcomes.
import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import type { ReactNode } from 'react';
import type { ExportResult } from '../../shared/api/contract.js';
import { initI18n } from '../../renderer/i18n/index.js';
import { ExportResultPanel } from '../../renderer/features/export/ExportResultPanel.js';

async function render(lng: 'en' | 'fr', node: ReactNode): Promise<string> {
  const i18n = await initI18n(lng);
  return renderToStaticMarkup(<I18nextProvider i18n={i18n}>{node}</I18nextProvider>);
}

const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/[\u00a0\u202f]/g, ' ')
    .replace(/\s+/g, ' ');

const result: ExportResult = {
  outDir: '/home/ed/proj/exports/2026-11-23T10-00-00-000Z',
  files: [
    { format: 'tmx', path: 'corpus.tmx', bytes: 4600, records: 4, removedChars: 3 },
    { format: 'tsv', path: 'corpus.tsv', bytes: 2500, records: 4, removedChars: 0 },
    { format: 'docs', path: 'documents/en/a.txt', bytes: 1000, records: 1 },
    { format: 'docs', path: 'documents/fr/<b>.txt', bytes: 1200, records: 1 },
    { format: 'report', path: 'report.html', bytes: 20_900 },
  ],
  segments: 4,
  beads: { total: 35, confirmed: 4 },
  pairs: { exported: 1, skipped: 2 },
  documents: 2,
  removedChars: 3,
  leftOut: [
    { a: 'rapport-2024.docx', b: 'rapport-2024-v2.docx', reason: 'version' },
    { a: 'news-en.html', b: null, reason: 'missing-document' },
  ],
  selection: { includeUnconfirmed: false },
};

describe('export result', () => {
  it('shows the folder, the counts, the warnings and every file', async () => {
    const html = await render(
      'en',
      <ExportResultPanel run={{ state: 'done', request: { formats: ['tmx'], includeUnconfirmed: false }, result }} onDismiss={() => undefined} />,
    );
    const t = text(html);
    expect(t).toContain('Output folder /home/ed/proj/exports/2026-11-23T10-00-00-000Z');
    expect(t).toContain('4 segment pairs in the bilingual files');
    expect(t).toContain('4 confirmed of 35 beads in the exported pairs');
    expect(t).toContain('3 characters that the formats cannot hold');
    // Issue 11: which pairs were left out, by file names, and why.
    expect(t).toContain('2 pairs were left out of the bilingual files:');
    expect(t).toContain('rapport-2024.docx ↔ rapport-2024-v2.docx: two versions in the same language');
    expect(t).toContain('news-en.html ↔ a document no longer in the project: a document of the pair is missing');
    expect(html).toMatch(/<tr data-format="tmx">.*corpus\.tmx.*4\.6 kB.*4 segment pairs.*>3</);
    expect(t).toContain('documents/ · 2 files');
    // File names are text, never markup.
    expect(html).toContain('documents/fr/&lt;b&gt;.txt');
    expect(html).not.toContain('<b>');
  });

  it('is in French when the UI is', async () => {
    const t = text(
      await render(
        'fr',
        <ExportResultPanel run={{ state: 'done', request: { formats: ['tmx'], includeUnconfirmed: false }, result }} onDismiss={() => undefined} />,
      ),
    );
    expect(t).toContain('Export terminé');
    expect(t).toContain('Dossier de sortie');
    expect(t).toContain('4 entrées dans les fichiers bilingues');
    expect(t).toContain('4,6 ko');
    expect(t).toContain('rapport-2024.docx ↔ rapport-2024-v2.docx : deux versions dans la même langue');
  });

  it('advises from the options the export used when the bilingual files are empty', async () => {
    const empty = { ...result, segments: 0 };
    const confirmedOnly = text(
      await render(
        'en',
        <ExportResultPanel run={{ state: 'done', request: { formats: ['tmx'], includeUnconfirmed: false }, result: empty }} onDismiss={() => undefined} />,
      ),
    );
    expect(confirmedOnly).toContain('or include unconfirmed beads');
    for (const selection of [{ includeUnconfirmed: true }, { includeUnconfirmed: true, minConfidence: 0.5 }]) {
      for (const lng of ['en', 'fr'] as const) {
        const t = text(
          await render(
            lng,
            <ExportResultPanel
              run={{ state: 'done', request: { formats: ['tmx'], includeUnconfirmed: true }, result: { ...empty, selection } }}
              onDismiss={() => undefined}
            />,
          ),
        );
        expect(t).toMatch(/hold no segment pair|aucune entrée bilingue/);
        expect(t).not.toMatch(/include unconfirmed|incluez les segments non confirmés/i);
      }
    }
  });

  it('hides the removed-characters column when nothing was removed', async () => {
    const html = await render(
      'en',
      <ExportResultPanel
        run={{ state: 'done', request: { formats: ['tsv'], includeUnconfirmed: false }, result: { ...result, removedChars: 0, files: [result.files[1]!] } }}
        onDismiss={() => undefined}
      />,
    );
    expect(html).not.toContain('Removed characters');
    expect(html).not.toContain('cannot hold');
  });

  it('says when nothing was exported', async () => {
    expect(text(await render('en', <ExportResultPanel run={{ state: 'noFolder' }} onDismiss={() => undefined} />))).toContain(
      'No folder chosen: nothing was exported.',
    );
    expect(text(await render('fr', <ExportResultPanel run={{ state: 'cancelled' }} onDismiss={() => undefined} />))).toContain('Export annulé.');
    expect(await render('en', <ExportResultPanel run={{ state: 'idle' }} onDismiss={() => undefined} />)).toBe('<div class="export-result-slot"></div>');
  });
});
