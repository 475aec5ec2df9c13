import { describe, expect, it } from 'vitest';
import { check, of } from './helpers.js';

const gr = (text: string, language = 'fr') => of(check({ text, language }), 'grammar');

describe('grammar', () => {
  it('French elision and contraction', () => {
    expect(gr('mais réitérant que une telle coopération doit être mutuelle').map((x) => x.suggestions[0])).toEqual(['qu’une telle']);
    expect(gr('le rôle de le président').map((x) => x.suggestions[0])).toEqual(['du']);
  });
  it('French: no false alarm on pronoun le, la une, h words and names', () => {
    expect(gr('Il a décidé de le faire. À la une du journal. Le héros de Oliveira. Que il pleuve ou non.').map((x) => x.text)).toEqual(['Que il pleuve']);
  });
  it('French missing determiner before a plural object', () => {
    expect(gr('ils sont prêts à imposer sanctions contre les entreprises').map((x) => x.text)).toEqual(['imposer sanctions']);
    expect(gr('ils sont prêts à prendre note de cela et à être prêts pour demain')).toEqual([]);
  });
  it('English a/an', () => {
    expect(gr('It was a important step and an big one.', 'en').map((x) => x.suggestions[0])).toEqual(['an important', 'a big']);
    expect(gr('a university, an hour, a one-off, a European plan', 'en')).toEqual([]);
  });
});
