// Server-side renders of components (no DOM needed) to check what reaches the page.
import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import type { ReactNode } from 'react';
import { initI18n } from '../../renderer/i18n/index.js';
import { errorText } from '../../renderer/i18n/error-text.js';
import { SegmentedText } from '../../renderer/features/documents/SegmentedText.js';
import { ConfidenceMeter } from '../../renderer/features/documents/ConfidenceMeter.js';
import { summary } from './fixtures.js';
import { FindingTip } from '../../renderer/features/findings/MarkTip.js';
import { evidenceIn } from '../../renderer/features/findings/finding-labels.js';
import { finding } from './findings-fixtures.js';

async function render(lng: 'en' | 'fr', node: ReactNode): Promise<string> {
  const i18n = await initI18n(lng);
  return renderToStaticMarkup(<I18nextProvider i18n={i18n}>{node}</I18nextProvider>);
}

describe('document text', () => {
  const text = 'Hello <img src=x onerror=alert(1)> & <script>x()</script>\n\nLe gouvernement a annoncé.';
  const detail = {
    summary: summary({ language: 'en', name: 'a.html' }),
    text,
    segments: [
      { start: 0, end: 57, language: 'en', confidence: 0.9, inherited: false },
      { start: 59, end: text.length, language: 'fr', confidence: 0.8, inherited: false },
    ],
  };

  it('is rendered as text: markup in the document is escaped, never parsed', async () => {
    const html = await render('en', <SegmentedText detail={detail} />);
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<script');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt; &amp; &lt;script&gt;');
  });

  it('sets lang on the article and on each segment, and labels foreign segments in the UI language', async () => {
    const html = await render('fr', <SegmentedText detail={detail} />);
    expect(html).toMatch(/<article[^>]*lang="en"/);
    expect(html).toMatch(/<p lang="en" class="segment /);
    expect(html).toMatch(/<p lang="fr" class="segment is-foreign/);
    expect(html).toContain('<span class="foreign-marker" lang="fr">En français</span>');
  });
});

describe('messages in the UI language', () => {
  it('translates API errors with their parameters', async () => {
    const fr = await initI18n('fr');
    expect(errorText(fr.t, { code: 'import.unsupportedType', params: { ext: '.pdf' } })).toBe(
      'type de fichier non pris en charge «\u00a0.pdf\u00a0» (utilisez .txt, .md, .html ou .docx)',
    );
    const en = await initI18n('en');
    expect(errorText(en.t, { code: 'import.tooLarge', params: { size: 9, limit: 5 } })).toBe('file too large (9 bytes; the limit is 5)');
  });

  it('confidence is given as text too, marked when low', async () => {
    const html = await render('fr', <ConfidenceMeter value={0.42} />);
    expect(html).toContain('aria-label="Confiance faible\u00a0: 42\u00a0%"');
  });
});

describe("a finding's evidence in the UI language", () => {
  const f = finding({
    category: 'name-translation',
    text: 'Flashing',
    suggestions: ['Blinken'],
    evidence: [
      { key: 'name-translation.common-word.ev.glossary', params: { variant: 'Flashing', name: 'Blinken' } },
      { key: 'legacy', params: { en: 'same wrong form <b>elsewhere</b>', fr: 'même forme erronée <b>ailleurs</b>' } },
    ],
  });

  it('picks the French lines for a French UI, the English ones otherwise', () => {
    const fr = ['glossaire\u00a0: «\u00a0Flashing\u00a0» est une forme erronée du nom Blinken', 'même forme erronée <b>ailleurs</b>'];
    expect(evidenceIn(f, 'fr')).toEqual(fr);
    expect(evidenceIn(f, 'fr-CA')).toEqual(fr);
    expect(evidenceIn(f, 'en')).toEqual(['glossary: “Flashing” is a wrong rendering of Blinken', 'same wrong form <b>elsewhere</b>']);
  });

  it('shows it in the hover tip, as escaped text, marked with the UI language', async () => {
    const fr = await render('fr', <FindingTip id="tip" finding={f} more={0} lang="en" />);
    expect(fr).toContain('<span class="hl-tip-evidence" lang="fr">');
    expect(fr).toContain('glossaire\u00a0: «\u00a0Flashing\u00a0» est une forme erronée du nom Blinken');
    expect(fr).toContain('même forme erronée &lt;b&gt;ailleurs&lt;/b&gt;');
    expect(fr).not.toContain('glossary:');
    const en = await render('en', <FindingTip id="tip" finding={f} more={0} lang="en" />);
    expect(en).toContain('glossary: “Flashing” is a wrong rendering of Blinken');
    expect(en).not.toContain('glossaire');
    const none = await render('en', <FindingTip id="tip" finding={finding()} more={0} lang="en" />);
    expect(none).not.toContain('hl-tip-evidence');
  });
});
