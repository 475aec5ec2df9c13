import { describe, expect, it } from 'vitest';
import { check, of } from './helpers.js';

const ty = (text: string, language = 'fr', style?: 'narrow' | 'normal' | 'either') =>
  of(check({ text, language }, { noSpell: true, ...(style ? { profile: { version: 1, houseStyle: { frenchNoBreakSpace: style } } } : {}) }), 'typography');

describe('typography (French)', () => {
  it('flags guillemets without inner spaces', () => {
    // Alone it is a house-style point (info); where the document spaces these marks, a warning.
    const f = ty('la «préoccupante» coopération');
    expect(f.map((x) => [x.text, x.severity])).toEqual([['«préoccupante»', 'info']]);
    expect(f[0]!.suggestions).toEqual(['«\u00a0préoccupante\u00a0»']);
    const g = ty('Il dit\u00a0: «\u00a0non\u00a0». Elle répond\u00a0: la «préoccupante» coopération.');
    expect(g.map((x) => [x.text, x.severity])).toEqual([['«préoccupante»', 'warning']]);
  });
  it('treats a document that never spaces colons as its house style (info, not warning)', () => {
    const f = ty('Le ministre a dit: non. La réponse: oui. Et encore: peut-être.');
    expect(f.length).toBe(3);
    expect(f.every((x) => x.severity === 'info')).toBe(true);
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
