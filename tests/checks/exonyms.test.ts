import { describe, expect, it } from 'vitest';
import { check } from './helpers.js';
import { exonymsOf } from '../../shared/checks/util/exonyms.js';

const ex = (text: string, language = 'fr') =>
  check({ id: 'a', text, language }, {})
    .filter((f) => f.rule === 'language.foreign-words')
    .map((f) => [f.text, f.suggestions[0]]);

describe('exonyms left in the other language', () => {
  it('reads the lexicon’s other-language forms, and none where both write the name alike', () => {
    expect(exonymsOf('hanover', 'en')).toContain('hanovre');
    expect(exonymsOf('bavière', 'fr')).toContain('bavaria');
    expect(exonymsOf('paris', 'en')).toBeUndefined();
    expect(exonymsOf('bogota', 'en')).toBeUndefined();
  });

  it('flags an English place name in French text, alone or in a run, with its French form', () => {
    expect(ex('Le parlement siège à Hanover depuis des années.')).toEqual([['Hanover', 'Hanovre']]);
    expect(ex('Il est le nouveau chef du gouvernement de Lower Saxony depuis mardi.')).toEqual([['Lower Saxony', undefined]]);
  });

  it('leaves names both languages write alike, people, and longer names alone', () => {
    expect(ex('Le sommet de Bogota a eu lieu après celui de Paris.')).toEqual([]);
    expect(ex('Le roman de Jack London est paru en 1903.')).toEqual([]);
    expect(ex('Il a étudié à la London School of Economics.')).toEqual([]);
  });
});
