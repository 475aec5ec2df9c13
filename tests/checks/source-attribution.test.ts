import { describe, expect, it } from 'vitest';
import { check } from './helpers.js';

const sa = (text: string, language = 'en') =>
  check({ id: 'a', text, language }, { noSpell: true })
    .filter((f) => f.rule === 'language.source-attribution')
    .map((f) => [f.text, f.suggestions[0]]);

describe('language.source-attribution', () => {
  it('finds the German “so X” attribution after a quotation', () => {
    expect(sa('“We will not give in,” so Berger. “Never.”')).toEqual([['so Berger', 'said Berger']]);
    expect(sa('“Are we running out of time?”, So Anna Lind “If you ask me, no.”')).toEqual([['So Anna Lind', 'said Anna Lind']]);
    expect(sa('« Nous ne céderons pas », so Berger.', 'fr')).toEqual([['so Berger', 'a déclaré Berger']]);
  });

  it('leaves English “so” (consequence, intensifier) alone', () => {
    expect(sa('“We will not give in,” so Berger left the room.')).toEqual([]);
    expect(sa('He said it was “fine”, so the talks went on.')).toEqual([]);
    expect(sa('It was so Berlin, so typical.')).toEqual([]);
  });
});
