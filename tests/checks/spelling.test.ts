import { describe, expect, it } from 'vitest';
import { check, of } from './helpers.js';

describe('spelling', () => {
  it('finds a typo and suggests the word', () => {
    const f = of(check({ text: 'Russia and other bussiness matters were discussed.', language: 'en' }), 'spelling');
    expect(f.map((x) => [x.text, x.suggestions[0]])).toEqual([['bussiness', 'business']]);
  });
  it('ignores names, British spellings, elisions and words the corpus uses repeatedly', () => {
    const t = 'Blinken met Borrell. Their behaviour on defence was synchronised; cyber threats and biomedicine. Gizmotron here, gizmotron there.';
    expect(of(check({ text: t, language: 'en' }), 'spelling')).toEqual([]);
    expect(of(check({ text: 'l’agression russe et d’autres pays, aujourd’hui à Pékin.', language: 'fr' }), 'spelling')).toEqual([]);
  });
  it('takes a short unknown word joined by a slash or in parentheses as a code (info), not a typo', () => {
    const f = of(check({ text: 'The talks resumed on Monday, officials said (xq/zrv).', language: 'en' }), 'spelling');
    expect(f.every((x) => x.severity === 'info')).toBe(true);
    const g = of(check({ text: 'Russia and other bussiness matters were discussed (see below).', language: 'en' }), 'spelling');
    expect(g.map((x) => [x.text, x.severity])).toEqual([['bussiness', 'warning']]);
  });
  it('leaves file extensions and domain endings glued by a dot alone, not a typo after a full stop', () => {
    const f = of(check({ text: 'The flag of the harbour town.svg was shown on site.xyz with the bussiness plan.', language: 'en' }), 'spelling');
    expect(f.map((x) => x.text)).toEqual(['bussiness']);
  });
  it('is silent without a dictionary', () => {
    expect(of(check({ text: 'bussiness', language: 'en' }, { noSpell: true }), 'spelling')).toEqual([]);
  });
});
