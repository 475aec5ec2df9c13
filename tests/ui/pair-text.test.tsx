// The Pair view's text helpers: the word diff cut back into sentences, and the anchors (shared
// names and numbers) of a translation pair.
import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { initI18n } from '../../renderer/i18n/index.js';
import { anchorPieces, findAnchors } from '../../renderer/features/pairs/anchors.js';
import { SentenceText } from '../../renderer/features/pairs/SentenceText.js';
import { diffBead, unifiedDiff } from '../../renderer/features/pairs/word-diff.js';

const marked = (pieces: { text: string; kind: string }[], kind: string) => pieces.filter((p) => p.kind === kind).map((p) => p.text.trim());

describe('diffBead', () => {
  it('marks the words that differ on each side', () => {
    const d = diffBead(['China is actively working to improve the rules of the system.'], ['China is actively working to undercut the rules of the system.']);
    expect(d.compared).toBe(true);
    expect(marked(d.src[0]!, 'removed')).toEqual(['improve']);
    expect(marked(d.tgt[0]!, 'added')).toEqual(['undercut']);
    expect(d.src[0]!.map((p) => p.text).join('')).toBe('China is actively working to improve the rules of the system.');
  });

  it('cuts the joined diff back into sentences, each keeping its exact text', () => {
    const src = ['The minister spoke on Monday.', 'He left at noon.'];
    const tgt = ['The minister spoke on Tuesday.', 'He left at noon.', 'Talks resume soon.'];
    const d = diffBead(src, tgt);
    expect(d.src.map((ps) => ps.map((p) => p.text).join(''))).toEqual(src);
    expect(d.tgt.map((ps) => ps.map((p) => p.text).join(''))).toEqual(tgt);
    expect(marked(d.src[0]!, 'removed')).toEqual(['Monday']);
    expect(marked(d.tgt[0]!, 'added')).toEqual(['Tuesday']);
    expect(marked(d.src[1]!, 'removed')).toEqual([]);
    expect(marked(d.tgt[2]!, 'added')).toEqual(['Talks resume soon.']);
  });

  it('shows sentences with little in common plain, and a gap bead plain', () => {
    expect(diffBead(['Prices of oil rose sharply in Asian trading.'], ['The football club sacked its manager yesterday evening.']).compared).toBe(false);
    expect(diffBead(['Alone.'], []).compared).toBe(false);
  });

  it('gives a unified diff for a crossing link', () => {
    const u = unifiedDiff('working to improve the rules', 'working to undercut the rules')!;
    expect(marked(u, 'removed')).toEqual(['improve']);
    expect(marked(u, 'added')).toEqual(['undercut']);
  });
});

describe('SentenceText', () => {
  it('renders runs as escaped text nodes in del / ins / mark, with words for screen readers', async () => {
    const i18n = await initI18n('fr');
    const html = renderToStaticMarkup(
      <I18nextProvider i18n={i18n}>
        <SentenceText
          pieces={[
            { text: 'a <b> ', kind: 'same' },
            { text: 'improve', kind: 'removed' },
            { text: 'NATO', kind: 'anchor' },
          ]}
        />
      </I18nextProvider>,
    );
    expect(html).toContain('a &lt;b&gt; ');
    expect(html).toContain('<del class="diff-removed" data-sr-start="seulement dans cette version\u00a0:" data-sr-end="fin de la différence">improve</del>');
    expect(html).toContain('<mark class="anchor" title="Présent des deux côtés">NATO</mark>');
  });
});

describe('anchors of a translation pair', () => {
  it('finds names and numbers present on both sides, whatever the accents or digit grouping', () => {
    const en = ['Blinken met Borrell in Brussels on 22 March; 1,340 people and Génération Z attended.'];
    const fr = ['Blinken a rencontré Borrell à Bruxelles le 22 mars ; 1 340 personnes et Generation Z étaient là.'];
    const anchors = findAnchors(en, fr);
    expect([...anchors].sort()).toEqual(['#1340', '#22', 'blinken', 'borrell', 'generation'].sort());
    const pieces = anchorPieces(fr[0]!, anchors);
    expect(pieces.filter((p) => p.kind === 'anchor').map((p) => p.text)).toEqual(['Blinken', 'Borrell', '22', '1 340', 'Generation']);
    expect(pieces.map((p) => p.text).join('')).toBe(fr[0]);
  });

  it('ignores lower-case words and single capitals', () => {
    expect(findAnchors(['A house in the city.'], ['A house dans la ville.']).size).toBe(0);
  });
});
