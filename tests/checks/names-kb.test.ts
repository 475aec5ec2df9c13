// The shipped names knowledge base: loads lazily, answers lookups by language.
import { describe, expect, it } from 'vitest';
import { countryForms, isCountry, isGivenName, isSurname, namesKB } from '../../shared/checks/names/kb.js';

describe('names knowledge base', () => {
  it('loads once and knows given names per language', () => {
    const kb = namesKB();
    expect(namesKB()).toBe(kb);
    expect(kb.given.size).toBeGreaterThan(5000);
    expect(isGivenName('Peter')).toBe(true);
    expect(isGivenName('Peter', ['de'])).toBe(true);
    expect(isGivenName('because')).toBe(false);
    expect(isGivenName('Because')).toBe(false);
  });
  it('knows surnames and countries in five languages', () => {
    expect(isSurname('Müller')).toBe(true);
    expect(isCountry('Allemagne')).toBe(true);
    expect(isCountry('Deutschland')).toBe(true);
    expect(countryForms('Allemagne')).toEqual(expect.arrayContaining(['Germany', 'Deutschland', 'Alemania', 'Germania']));
    expect(countryForms('Atlantis')).toEqual([]);
  });
});
