// Safe fixes must never change a word of correct text: a property over invented clean news
// (names that are words, recurring agency sentences, doubled place names), and the specific
// damage seen in the field.
import { describe, expect, it } from 'vitest';
import { fixesFor } from '../../shared/export/fix-policy.js';
import type { Finding } from '../../shared/checks/types.js';
import { check } from './helpers.js';

const CLEAN = [
  {
    language: 'en',
    text: 'Finance Minister Grace Lark said on Tuesday that the budget would be balanced by 2027.\n\n“We will not raise taxes,” Lark told reporters in London. The ministry declined to comment.\n\nThe resort town of Walla Walla reported record arrivals, and Mr Baker, who chairs the tourism board, welcomed the figures. Having said as much, he warned that hotels were full.',
  },
  {
    language: 'en',
    text: 'Central bank governor Peter Fox kept rates unchanged.\n\n“Inflation is easing,” Fox said. The ministry declined to comment.\n\nAnalysts had expected the decision. Markets rose slightly in early trading.',
  },
  {
    language: 'fr',
    text: 'La ministre Claire Chêne a présenté mardi son plan pour l’emploi.\n\n« Nous tiendrons nos engagements », a déclaré Mme Chêne devant les députés. La séance est levée.\n\nPaul Lefort, ministre de l’Économie, a salué un texte « équilibré ».',
  },
  {
    language: 'fr',
    text: 'Le ministre allemand Maria Vogel est arrivée lundi à Pékin.\n\n« Le dialogue est essentiel », a estimé Mme Vogel. La séance est levée.\n\nLa visite doit durer deux jours.',
  },
];

const words = (s: string) => s.match(/[\p{L}\p{N}]+/gu) ?? [];

function applySafe(text: string, docId: string, findings: Finding[]): string {
  const edits = fixesFor(findings, 'safe').get(docId) ?? [];
  let out = text;
  for (const e of [...edits].sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.after + out.slice(e.end);
  return out;
}

describe('safe fixes', () => {
  it('change no word of clean text (names that are words, recurring sentences, doubled names)', () => {
    const docs = CLEAN.map((d, i) => ({ ...d, id: `c${i}` }));
    const fs = check(docs);
    for (const d of docs) {
      const fixed = applySafe(
        d.text,
        d.id,
        fs.filter((f) => f.docId === d.id),
      );
      expect(words(fixed), d.id).toEqual(words(d.text));
    }
  });
  it('never delete a sentence that recurs across documents, nor shorten a doubled name', () => {
    const fs = check(CLEAN.map((d, i) => ({ ...d, id: `c${i}` })));
    const safeDeletions = fs.filter((f) => f.safe && f.suggestions[0] === '');
    expect(safeDeletions.map((f) => f.text)).toEqual([]);
    expect(fs.filter((f) => f.text === 'Walla Walla' && f.safe)).toEqual([]);
  });
  it('still apply machine-token removals and exact doubled lowercase words', () => {
    const fs = check({ language: 'en', text: '[ad_2]\n\nThe minister met the the delegates on Monday and signed the agreement.' });
    const fixed = applySafe('[ad_2]\n\nThe minister met the the delegates on Monday and signed the agreement.', 'd0', fs);
    expect(fixed).toBe('\n\nThe minister met the delegates on Monday and signed the agreement.');
  });
});
