// Long paragraphs are decided window by window (linear time on runs of dots or spaces): the
// result must be the same as for the same sentences in short paragraphs.
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../shared/segment';

describe('long paragraphs', () => {
  for (const lang of ['en', 'fr']) {
    it(`a ${lang} paragraph of 20,000 characters splits exactly like its short pieces`, () => {
      const piece =
        lang === 'en'
          ? 'The minister said so. He left at noon... Mr. Smith stayed until 5 p.m. and then went home! Did he? '
          : 'Le ministre l’a dit. Il est parti à midi... M. Dupont est resté jusqu’à 17 h puis il est rentré ! Vraiment ? ';
      const n = Math.ceil(20_000 / piece.length);
      const long = piece.repeat(n);
      const perPiece = splitSentences(piece, lang).map((s) => s.text);
      expect(splitSentences(long, lang).map((s) => s.text)).toEqual(Array.from({ length: n }, () => perPiece).flat());
    });
  }

  it('runs of dots and spaces give the sentences around them', () => {
    const text = 'It ended' + '.'.repeat(50_000) + ' Then it began again.' + ' '.repeat(50_000) + 'Last one.';
    const out = splitSentences(text, 'en');
    expect(out[0]!.text.startsWith('It ended...')).toBe(true);
    expect(out.at(-1)!.text.endsWith('Last one.')).toBe(true);
    expect(out.every((s) => s.text === text.slice(s.start, s.end) && s.text.trim() === s.text)).toBe(true);
  });
});
