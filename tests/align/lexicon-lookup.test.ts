// Lexicon lookup by light English inflection: a form missing from the lexicon finds its base
// form's translations (plural, past, superlative, adverb, -ies/-ied), and nothing is invented.
import { describe, expect, it } from 'vitest';
import { lookup, type Translations } from '../../shared/align/lexicon.js';

const table = (...words: string[]): Translations => new Map(words.map((w) => [w, new Map([[`t-${w}`, 1]])]));

describe('lookup', () => {
  const t = table('great', 'direct', 'country', 'carry', 'threat', 'announce');
  it('finds the base form of inflected English words', () => {
    for (const [form, base] of [
      ['greatest', 'great'],
      ['directly', 'direct'],
      ['countries', 'country'],
      ['carried', 'carry'],
      ['threats', 'threat'],
      ['announced', 'announce'],
    ] as const)
      expect(lookup(t, form)?.has(`t-${base}`), form).toBe(true);
  });
  it('prefers the form itself and finds nothing for unrelated or too short words', () => {
    const u = table('lies', 'lie');
    expect([...lookup(u, 'lies')!.keys()]).toEqual(['t-lies']);
    expect(lookup(t, 'ties')).toBeUndefined(); // "ty" is too short to be a base
    expect(lookup(t, 'forest')).toBeUndefined();
  });
});
