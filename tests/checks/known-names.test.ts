// Names of the public-life knowledge base in a translated form (rules/known-names.ts). Invented
// sentences; the people and parties named are entries of the shipped KB (names/public.ts).
import { describe, expect, it } from 'vitest';
import { publicLifeKB } from '../../shared/checks/names/kb.js';
import { check } from './helpers.js';

const known = (text: string, language: string) =>
  check({ text, language }, { noSpell: true })
    .filter((f) => f.rule === 'name-translation.known')
    .map((f) => [f.text, f.suggestions[0]]);

describe('public-life names KB', () => {
  it('loads people and parties once, indexed by surname and party form', () => {
    const kb = publicLifeKB();
    expect(kb).toBe(publicLifeKB());
    expect(kb.people.size).toBeGreaterThan(5000);
    expect(kb.givenBySurname.get('Zurera')).toEqual(new Set(['Antonio']));
    expect(kb.partyForms.get('CSU')?.[0]?.english).toBe('Christian Social Union');
  });
});

describe('name-translation.known', () => {
  it('finds a listed person whose given name was translated, and suggests the listed name', () => {
    expect(known('Hier, Antoine Zurera a défendu le budget devant la commission.', 'fr')).toEqual([['Antoine Zurera', 'Antonio Zurera']]);
  });
  it('leaves the listed form, other given names, gendered pairs and unaccented usual spellings alone', () => {
    expect(known('Hier, Antonio Zurera a défendu le budget devant la commission.', 'fr')).toEqual([]);
    expect(known('Alice Darling and Alistair Darling met the Brown family; Maria Brown spoke.', 'en')).toEqual([]);
    expect(known('Antonia Zurera, his sister, was not there.', 'en')).toEqual([]);
  });
  it('finds a party rendered as lowercase words where the document discusses that country’s parties', () => {
    expect(known('The CSU lost seats while the free voters gained in the state election.', 'en')).toEqual([['free voters', 'Freie Wähler']]);
  });
  it('does not flag the party’s usual English name, nor the words where no party of that country is named', () => {
    expect(known('The CSU lost seats while the Free Voters gained in the state election.', 'en')).toEqual([]);
    expect(known('In this club the free voters choose the chair every year.', 'en')).toEqual([]);
    // A party whose English name is a phrase of function words ("We Can") is no evidence.
    expect(known('The PSOE leader said that we can win the next election.', 'en')).toEqual([]);
  });
  it('finds a given name translated while the surname kept its origin, when the document writes people of that origin with their own given names', () => {
    const f = known('Vincent Esposito a rencontré Paolo Ricci à Rome, puis Giorgio Conti.', 'fr');
    expect(f.map((x) => x[0])).toEqual(['Vincent Esposito']);
    expect([undefined, 'Vincenzo Esposito']).toContain(f[0]![1]);
  });
  it('leaves a French given name with a foreign surname alone in a document about French people', () => {
    expect(known('Vincent Esposito a rencontré Jean Dupont et Marie Durand à Lyon.', 'fr')).toEqual([]);
    expect(known('Paolo Ricci a rencontré Giorgio Conti à Rome.', 'fr')).toEqual([]);
  });
  it('finds one person written with two given names in a document, keeping the form of the surname’s origin', () => {
    expect(known('Vincenzo Esposito a parlé hier. Selon Vincent Esposito, la réforme passera.', 'fr')).toEqual([['Vincent Esposito', 'Vincenzo Esposito']]);
  });
  it('leaves two people of one family alone (given names differing by their last letter, or unrelated)', () => {
    expect(known('Maria Esposito et Mario Esposito ont voté. Paul Esposito aussi.', 'fr')).toEqual([]);
  });
});
