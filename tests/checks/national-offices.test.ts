import { describe, expect, it } from 'vitest';
import { check } from './helpers.js';

const nat = (docs: Array<{ text: string; language?: string; id?: string }>) =>
  check(
    docs.map((d, i) => ({ id: d.id ?? `d${i}`, text: d.text, language: d.language ?? 'en' })),
    { noSpell: true },
  ).filter((f) => f.rule === 'terminology.national-office');

describe('terminology.national-office (titles knowledge base)', () => {
  it('flags a generic title where the country is named, with the country’s own title', () => {
    const f = nat([{ text: 'The US Foreign Minister said on Monday that talks would resume.' }]);
    expect(f.map((x) => [x.text, x.suggestions[0]])).toEqual([['US Foreign Minister', 'US Secretary of State']]);
    expect(nat([{ text: 'He met the Finance Minister of the United States in Paris.' }]).map((x) => x.suggestions[0])).toEqual([
      'Treasury Secretary of the United States',
    ]);
    expect(nat([{ text: 'The German Prime Minister arrived in Rome.' }]).map((x) => x.suggestions[0])).toEqual(['German Chancellor']);
  });

  it('leaves other countries’ ministers and plural or regional titles alone', () => {
    expect(nat([{ text: 'German Foreign Minister Annalena Baerbock met the British Prime Minister in London.' }])).toEqual([]);
    expect(nat([{ text: 'Latin American Foreign Ministers met in Lima; the foreign ministers of the region agreed.' }])).toEqual([]);
  });

  it('binds a person to the office by the title the corpus gives them elsewhere', () => {
    const a = { text: 'Secretary of State Jane Hollis visited Berlin on Thursday.' };
    const b = { text: 'Foreign Secretary Jane Hollis met her hosts. She recalled the call with Hollis after she became Foreign Minister last year.' };
    const f = nat([a, b]);
    expect(f.map((x) => [x.text, x.suggestions[0]])).toEqual([
      ['Foreign Secretary', 'Secretary of State'],
      ['Foreign Minister', 'Secretary of State'],
    ]);
    // Someone the corpus never calls Secretary of State: a foreign secretary may well be right.
    expect(nat([a, { text: 'Foreign Secretary Tom Baker met his hosts. He became Foreign Minister in May.' }])).toEqual([]);
    // Another country's office of that name binds nobody.
    expect(nat([{ text: 'Vatican Secretary of State Pietro Conti spoke.' }, { text: 'Foreign Minister Pietro Conti spoke.' }])).toEqual([]);
  });

  it('reads French titles with the country before or after the head word', () => {
    const f = nat([
      { text: 'Le ministre des Affaires étrangères américain a rencontré son homologue.', language: 'fr' },
      { text: 'Le ministre américain des Affaires étrangères est arrivé lundi.', language: 'fr' },
    ]);
    expect(f.map((x) => x.suggestions[0])).toEqual(['secrétaire d’État américain', 'secrétaire d’État américain']);
    expect(nat([{ text: 'Le ministre des Affaires étrangères allemand a parlé. Le Premier ministre britannique aussi.', language: 'fr' }])).toEqual([]);
  });
});
