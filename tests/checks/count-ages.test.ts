// Counts read as ages (rules/count-ages.ts). Invented sentences.
import { describe, expect, it } from 'vitest';
import { check } from './helpers.js';

const ages = (text: string, language: string) =>
  check({ text, language }, { noSpell: true })
    .filter((f) => f.rule === 'meaning.count-as-age')
    .map((f) => [f.text, f.suggestions[0]]);

describe('meaning.count-as-age', () => {
  it('flags an age bracket after a plural noun, an acronym or a thing', () => {
    expect(ages('Le groupe compte désormais des députés (34 ans) au parlement régional.', 'fr')).toEqual([['(34 ans)', '(34)']]);
    expect(ages('Le SPD (21 ans) arrive en tête devant les autres listes.', 'fr')).toEqual([['(21 ans)', '(21)']]);
    expect(ages('The committee (12 years old) approved the plan on Monday.', 'en')).toEqual([['(12 years old)', '(12)']]);
  });
  it('leaves ages of people alone: names, person nouns, titles, and the bare bracket', () => {
    expect(ages('Jean Martin (34 ans) a été élu maire. Une femme (52 ans) a été blessée.', 'fr')).toEqual([]);
    expect(ages('The driver (41 years old) was arrested; the minister (58) spoke. Anna Berg (aged 29) won.', 'en')).toEqual([]);
    expect(ages('The members (34) voted for the motion.', 'en')).toEqual([]);
  });
});
