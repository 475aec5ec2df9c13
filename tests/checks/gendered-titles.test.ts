// Courtesy titles bound to people (rules/gendered-titles.ts). Invented sentences.
import { describe, expect, it } from 'vitest';
import { givenGender } from '../../shared/checks/names/kb.js';
import { check } from './helpers.js';

const titles = (text: string, language: string) =>
  check({ text, language }, { noSpell: true })
    .filter((f) => f.rule === 'terminology.gendered-title')
    .map((f) => [f.text, f.suggestions[0]]);

describe('terminology.gendered-title', () => {
  it('knows the gender of given names listed with one gender only', () => {
    expect(givenGender('Ursula')).toBe('f');
    expect(givenGender('Friedrich')).toBe('m');
    expect(givenGender('Dominique')).toBeUndefined(); // both
  });
  it('flags a title contradicting the given name the document uses for that person', () => {
    expect(titles('Ursula Kolbe, ministre des Finances, a parlé hier. M. Kolbe a rappelé le budget.', 'fr')).toEqual([['M. Kolbe', 'Mme Kolbe']]);
    expect(titles('Friedrich Kolbe spoke first. Then Mrs Kolbe said the vote would wait.', 'en')).toEqual([['Mrs Kolbe', 'Mr Kolbe']]);
  });
  it('leaves agreeing titles, unknown people and families of both genders alone', () => {
    expect(titles('Ursula Kolbe a parlé. Mme Kolbe a rappelé le budget. M. Weber a répondu.', 'fr')).toEqual([]);
    expect(titles('Ursula Kolbe and Friedrich Kolbe arrived; Mr Kolbe spoke first.', 'en')).toEqual([]);
    expect(titles('Dominique Kolbe a parlé. M. Kolbe a rappelé le budget.', 'fr')).toEqual([]);
  });
});
