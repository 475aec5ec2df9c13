import { describe, expect, it } from 'vitest';
import { check, texts } from './helpers.js';

const rep = (text: string, language = 'en') => texts(check({ text, language }, { noSpell: true }), 'repetition');

describe('repetition', () => {
  it('finds doubled words and doubled determiners', () => {
    expect(rep('We saw the the results.')).toEqual(['the the']);
    expect(rep('Il a répondu par un une rhétorique plus conciliante.', 'fr')).toEqual(['un une']);
  });
  it('finds a sentence that repeats the end of the previous one', () => {
    expect(rep('l’interdiction de la plateforme aux États-Unis. États-Unis.\n\nLa suite.', 'fr')).toEqual(['États-Unis. États-Unis.']);
  });
  it('finds repeated title lines and a standfirst repeated in the body', () => {
    const t = 'Blinken and Xi in Beijing, what happened at the meeting\n\nBlinken and Xi in Beijing, what happened at the meeting\nBody text here.';
    expect(rep(t)).toEqual(['Blinken and Xi in Beijing, what happened at the meeting']);
    const s =
      'The Secretary of State intends to raise the question of support.\nOther line here.\nThe Secretary of State intends to raise the question of support. More text follows here.';
    expect(rep(s)).toEqual(['The Secretary of State intends to raise the question of support.']);
  });
  it('finds near-duplicate sentences', () => {
    const t =
      'The United States, the European Union, Britain and Canada imposed sanctions on Chinese officials on Monday for human rights abuses in Xinjiang.\n\nOther news.\n\nThe United States, the EU, Britain and Canada imposed sanctions on Chinese officials on Monday accusing them of rights abuses in Xinjiang.';
    expect(rep(t)).toHaveLength(1);
  });
  it('flags the shorter copy of a sentence cut short elsewhere, not the same facts re-told', () => {
    const t =
      '"Many things go through my head and even more through my heart as we travel across the region.\n\nThe visit went on.\n\n"Many things go through my head and even more through my heart as we travel across the region", the minister said at the end of her trip.';
    const f = check({ text: t, language: 'en' }, { noSpell: true }).filter((x) => x.rule === 'repetition.lines');
    expect(f.map((x) => x.start)).toEqual([0]);
    const r =
      'Fear of the new coalition is what drives many voters in the eastern regions of the country this year.\n\nOther news.\n\nThis year many voters in the eastern regions of the country are driven by fear of the new coalition, polls show.';
    expect(rep(r)).toEqual([]);
  });
  it('takes a short label recurring further down for structure, right after its copy for a duplicate', () => {
    const box = 'Minister of Transport\nPreceded by Anna Berg\nSucceeded by Tom Lund\nMinister of Health\nPreceded by Anna Berg\nSucceeded by Carl Holm';
    expect(rep(box)).toEqual([]);
    expect(rep('Photo: harbour at dawn (city archive)\nPhoto: harbour at dawn (city archive)\nThe port reopened on Monday.')).toEqual([
      'Photo: harbour at dawn (city archive)',
    ]);
  });
  it('accepts grammatical doubles and different sentences', () => {
    expect(rep('He said that that was what he had had in mind.')).toEqual([]);
    expect(rep('Nous nous sommes vus. Vous vous trompez.', 'fr')).toEqual([]);
    expect(rep('He said that the talks went well. She said that the visit was short.')).toEqual([]);
  });
});
