import { describe, expect, it } from 'vitest';
import { check, texts } from './helpers.js';

const bp = (t: string | Array<{ text: string; language: string }>, language = 'en') =>
  texts(check(typeof t === 'string' ? { text: t, language } : t, { noSpell: true }), 'boilerplate');

const body = 'This is a long paragraph of the article body that talks about diplomacy and trade between the two powers at length.';

describe('boilerplate', () => {
  it('finds widget labels, placeholders, credits, sponsor notices and NEXT teasers', () => {
    const t = `Title of the story\n\nOlivier Hoslet | Reuters\n\n${body} [EPA-EFE/Virginia Mayo]\n\nDescriptive text here\n\nThis stakeholder supports our coverage of trade. It is fine.\n\n${body}\n\nNEXT Another story about a road accident –\n\nSubscribe to our newsletters`;
    expect(bp(t)).toEqual([
      'Olivier Hoslet | Reuters',
      '[EPA-EFE/Virginia Mayo]',
      'Descriptive text here',
      'This stakeholder supports our coverage of trade.',
      'NEXT Another story about a road accident –',
      'Subscribe to our newsletters',
    ]);
    expect(bp(`${body}\n\nSur le même thème\n\nÀ la une`, 'fr')).toEqual(['Sur le même thème', 'À la une']);
  });
  it('reports photo credits for review (info): human-edited news keeps them too', () => {
    const f = check(
      { text: `${body}\n\nOlivier Hoslet | Reuters\n\n${body} [EPA-EFE/Virginia Mayo]\n\nSubscribe to our newsletters`, language: 'en' },
      { noSpell: true },
    ).filter((x) => x.category === 'boilerplate');
    expect(f.map((x) => [x.text, x.severity])).toEqual([
      ['Olivier Hoslet | Reuters', 'info'],
      ['[EPA-EFE/Virginia Mayo]', 'info'],
      ['Subscribe to our newsletters', 'warning'],
    ]);
  });
  it('finds truncated teasers and, on such pages, inline headlines', () => {
    const t = `${body}\n\nWest hits China with coordinated sanctions over abuses\n\n${body} The first top official to pay …\n\n${body}`;
    expect(bp(t)).toEqual(['West hits China with coordinated sanctions over abuses', 'The first top official to pay …']);
  });
  it('leaves sub-headings alone on pages without teasers', () => {
    expect(bp(`${body}\n\nTaiwan, major source of disagreement\n\n${body}`)).toEqual([]);
  });
  it('takes a last line cut off mid-word for the cut of the excerpt, not for page debris', () => {
    const page = (last: string) =>
      check({ text: `${body}\n\nSubscribe to our newsletters\n\n${body}\n\nEurope politics\n\n${last}`, language: 'en' }, {})
        .filter((f) => f.category === 'boilerplate')
        .map((f) => f.text);
    expect(page('In th')).toEqual(['Subscribe to our newsletters', 'Europe politics']);
    expect(page('World news')).toEqual(['Subscribe to our newsletters', 'Europe politics', 'World news']);
  });
  it('finds lines recurring across unrelated documents', () => {
    const a = { text: `${body}\n\nRead the full dossier on our site\n\nMore body text about other things entirely.`, language: 'en' };
    const b = { text: `Different article on football and sport results here.\n\nRead the full dossier on our site`, language: 'en' };
    expect(bp([a, b])).toEqual(['Read the full dossier on our site', 'Read the full dossier on our site']);
  });
});
