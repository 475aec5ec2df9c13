import { describe, expect, it } from 'vitest';
import { check } from './helpers.js';

const ff = (text: string, language = 'en') =>
  check({ id: 'a', text, language }, { noSpell: true })
    .filter((f) => f.rule === 'terminology.false-friend')
    .map((f) => [f.text, f.suggestions[0]]);

describe('terminology.false-friend', () => {
  it('finds “faction” for a parliamentary group where German party politics is discussed', () => {
    expect(ff('The SPD faction voted against the bill, the CDU said.')).toEqual([['faction', 'parliamentary group']]);
    expect(ff('Talks between the faction leaders failed, the FDP and the SPD said.')).toEqual([['faction', 'parliamentary group']]);
    expect(ff('La fraction SPD a voté contre. Le chef de la faction a démissionné.', 'fr')).toEqual([
      ['fraction', 'groupe parlementaire'],
      ['faction', 'groupe parlementaire'],
    ]);
  });

  it('leaves factions in their own sense and other countries’ politics alone', () => {
    expect(ff('Rival factions of the SPD fought over the budget.')).toEqual([]);
    expect(ff('The LDP faction leader said the cabinet would resign.')).toEqual([]);
    expect(ff('Une fraction du budget de la CDU a été gelée.', 'fr')).toEqual([]);
  });
});
