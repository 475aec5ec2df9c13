import { describe, expect, it } from 'vitest';
import { check } from './helpers.js';

const ss = (text: string, language = 'fr') =>
  check({ id: 'a', text, language }, { noSpell: true })
    .filter((f) => f.rule === 'repetition.same-stem')
    .map((f) => f.text);

describe('repetition.same-stem', () => {
  it('finds one verb said twice around its complement', () => {
    expect(ss('Le ministre a réussi à réussir des accords difficiles.')).toEqual(['réussi à réussir']);
    expect(ss('Elle a décidé de décider seule.')).toEqual(['décidé de décider']);
    expect(ss('The council decided to decide on Monday.', 'en')).toEqual(['decided to decide']);
  });

  it('leaves idioms, set phrases and different words alone', () => {
    expect(ss('Ils avancent pas à pas, de temps en temps, face à face.')).toEqual([]);
    expect(ss('Il faut partir à partir de lundi et tenter de tenir.')).toEqual([]);
    expect(ss('Schools are learning to learn again; they met face to face.', 'en')).toEqual([]);
  });
});
