import { describe, expect, it } from 'vitest';
import { check, of } from './helpers.js';

const q = (text: string, language = 'en') => of(check({ text, language }, { noSpell: true }), 'quotes');

describe('quotes', () => {
  it('finds the inverted closing quote “said X pattern', () => {
    const f = q('“The United States will not force our allies, “Blinken said during a speech.');
    expect(f).toHaveLength(1);
    expect(f[0]!.suggestions).toEqual([',” Blinken']);
  });

  it('finds a quote pair turned inside out and a dangling opening quote at the end', () => {
    expect(q('“Targets are subjected to torture and” political re-education “, the department wrote.').map((x) => x.text)).toEqual(['re-education “']);
    expect(q('He said “no single figure captures our security. “').length).toBe(1);
  });

  it('finds a closing quote with no opening quote', () => {
    expect(q('We set out to defend our interests.”').map((x) => x.text)).toEqual(['interests.”']);
  });

  it('flags French guillemets in English text', () => {
    expect(q('the greatest threat since the end of the War. cold ».').length).toBe(1);
  });

  it('accepts correct and nested quotes, and quotes continued over paragraphs', () => {
    expect(q('“We said ‘no’ to that,” she said. “And we meant it.”\n\n“First part of a long quote.\n\n“Second part,” he said.')).toEqual([]);
    expect(q('Il a dit « non » puis « oui, bien sûr ».', 'fr')).toEqual([]);
  });

  it('accepts a quotation that closes in the next paragraph without reopening, but not one never closed', () => {
    expect(
      q('He said: “The first part runs on.\n\nThe second part ends here,” he added.').filter((x) => x.rule === 'quotes.balance' && /“The/u.test(x.text)),
    ).toEqual([]);
    expect(q('He said: “The first part runs on.\n\nThe second part has no end.').length).toBe(1);
    expect(q('Il a dit : « le début continue.\n\nLa fin est là », a-t-il ajouté.', 'fr').filter((x) => x.text.startsWith('«'))).toEqual([]);
  });

  it('flags unbalanced guillemets in French', () => {
    expect(q('Il a dit « non et il est parti.', 'fr').length).toBe(1);
  });
});
