import { describe, expect, it } from 'vitest';
import { check, of } from './helpers.js';

const ty = (text: string, language = 'fr', style?: 'narrow' | 'normal' | 'either') =>
  of(check({ text, language }, { noSpell: true, ...(style ? { profile: { version: 1, houseStyle: { frenchNoBreakSpace: style } } } : {}) }), 'typography');

describe('typography (French)', () => {
  it('flags guillemets without inner spaces', () => {
    const f = ty('la «préoccupante» coopération');
    expect(f.map((x) => [x.text, x.severity])).toEqual([['«préoccupante»', 'warning']]);
    expect(f[0]!.suggestions).toEqual(['«\u00a0préoccupante\u00a0»']);
  });
  it('flags an ordinary space before a colon as info, and accepts no-break spaces', () => {
    expect(ty('Xi Jinping : les États-Unis').map((x) => x.severity)).toEqual(['info']);
    expect(ty('Xi Jinping\u00a0: les États-Unis et «\u00a0non\u00a0» et «\u202foui\u202f»\u202f; fin\u202f!')).toEqual([]);
  });
  it('follows the house style', () => {
    expect(ty('Vraiment\u00a0?', 'fr', 'narrow').length).toBe(1);
    expect(ty('Vraiment\u202f?', 'fr', 'narrow')).toEqual([]);
  });
  it('leaves English alone', () => {
    expect(ty('He said: “yes”; then left!', 'en')).toEqual([]);
  });
});
