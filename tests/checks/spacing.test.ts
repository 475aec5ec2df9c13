import { describe, expect, it } from 'vitest';
import { check, of } from './helpers.js';

const sp = (text: string, language = 'en', noSpell = true) => of(check({ text, language }, { noSpell }), 'spacing');

describe('spacing', () => {
  it('finds a missing space before an opening quote', () => {
    const f = sp('He accused China of“feed” the conflict.');
    expect(f[0]!.text).toBe('of“feed”');
    expect(f[0]!.suggestions).toEqual(['of “feed”']);
  });
  it('finds a space before a full stop and a missing space after a comma', () => {
    expect(sp('selon le Financial Times (FT) .', 'fr').map((x) => x.suggestions[0])).toEqual(['(FT).']);
    expect(sp('une expertise technique »,toujours d’après', 'fr').map((x) => x.text)).toEqual(['»,toujours']);
  });
  it('finds doubled spaces', () => {
    expect(sp('two  spaces here').map((x) => x.severity)).toEqual(['info']);
  });
  it('splits glued words with the dictionary', () => {
    const f = sp('une rhétorique plus concilianteaffirmant que la Chine est prête', 'fr', false);
    expect(f.map((x) => x.suggestions[0])).toEqual(['conciliante affirmant']);
  });
  it('accepts correctly spaced French and English', () => {
    expect(sp('Il a dit\u00a0: « oui ». Vraiment\u00a0? Oui\u00a0! À 10:30, voir https://example.org.', 'fr', false)).toEqual([]);
    expect(sp('It costs 1,34 euros, he said: “yes.” See U.S. policy, e.g. trade.', 'en', false)).toEqual([]);
  });
});
