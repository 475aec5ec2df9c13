import { describe, expect, it } from 'vitest';
import { check, of } from './helpers.js';

const ty = (text: string, language = 'fr', style?: 'narrow' | 'normal' | 'either') =>
  of(check({ text, language }, { noSpell: true, ...(style ? { profile: { version: 1, houseStyle: { frenchNoBreakSpace: style } } } : {}) }), 'typography');

describe('typography (French)', () => {
  it("flags guillemets without inner spaces against the document's own convention", () => {
    // Where the document spaces these marks most of the time, a glued one is a warning.
    const g = ty('Il dit\u00a0: «\u00a0non\u00a0». Elle répond\u00a0: la «préoccupante» coopération.');
    expect(g.map((x) => [x.text, x.severity])).toEqual([['«préoccupante»', 'warning']]);
    expect(g[0]!.suggestions).toEqual(['«\u00a0préoccupante\u00a0»']);
    // Spaced only now and then: info.
    const h = ty('Il dit : «non». Elle répond: «oui». La «préoccupante» coopération.');
    expect(h.length).toBeGreaterThan(0);
    expect(h.every((x) => x.severity === 'info')).toBe(true);
  });
  it('leaves a document that never spaces these marks alone (its convention)', () => {
    expect(ty('Le ministre a dit: non. La réponse: oui. Et la «préoccupante» coopération!')).toEqual([]);
  });
  it('flags an ordinary space only where a no-break space is the house style or used elsewhere', () => {
    // Ordinary spaces throughout: the document's convention, nothing to say.
    expect(ty('Xi Jinping : les États-Unis « ne reculeront pas »')).toEqual([]);
    // The profile names a style: info.
    expect(ty('Xi Jinping : les États-Unis', 'fr', 'normal').map((x) => x.severity)).toEqual(['info']);
    // The document uses a no-break space elsewhere: the ordinary one is an inconsistency (info).
    expect(ty('Xi Jinping : les États-Unis\u00a0; fin').map((x) => [x.text, x.severity])).toEqual([[' :', 'info']]);
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
