import { describe, expect, it } from 'vitest';
import { check, of } from './helpers.js';

const a = {
  id: 'a',
  language: 'en',
  text: 'Beijing is actively working to improve the rules of the international system and the values that we share, he said in Brussels on Wednesday.',
};
const b = {
  id: 'b',
  language: 'en',
  text: 'They are actively working to undercut the rules of the international system and the values we and our allies share, Blinken said of China.',
};

describe('meaning', () => {
  it('shows the words that differ between two versions', () => {
    const f = of(check([a, b], { noSpell: true, partners: [{ a: 'a', b: 'b', kind: 'version' }] }), 'meaning');
    expect(f.map((x) => [x.docId, x.text, x.suggestions[0]])).toEqual([
      ['a', 'improve', 'undercut'],
      ['b', 'undercut', 'improve'],
    ]);
  });
  it('finds version pairs by shared wording when no partners are given', () => {
    expect(
      of(check([a, b], { noSpell: true, profile: { version: 1, rules: { 'meaning.version-diff': { options: { minShared: 3 } } } } }), 'meaning'),
    ).toHaveLength(2);
  });
  it('ignores spelling variants, function-word swaps and unrelated documents', () => {
    const c = {
      id: 'c',
      language: 'en',
      text: 'Russia’s challenging behaviour, including its aggression against Ukraine and Georgia, was discussed at length.',
    };
    const d = {
      id: 'd',
      language: 'en',
      text: 'Russia’s challenging behavior, including its aggression against Ukraine and Georgia, was discussed at length.',
    };
    const e = { id: 'e', language: 'en', text: 'the gaps in areas such as technology and infrastructure where Beijing is exploiting.' };
    const g = { id: 'g', language: 'en', text: 'the gaps in areas like technology and infrastructure where Beijing is exploiting.' };
    expect(
      of(
        check([c, d, e, g], {
          noSpell: true,
          partners: [
            { a: 'c', b: 'd', kind: 'version' },
            { a: 'e', b: 'g', kind: 'version' },
          ],
        }),
        'meaning',
      ),
    ).toEqual([]);
  });
  it('skips reordered words and reports an addition as info, not as drift', () => {
    const c = { id: 'c', language: 'en', text: 'The minister recalled the first phone call with his counterpart, Merkel said on Tuesday in the capital city.' };
    const d = { id: 'd', language: 'en', text: 'The minister recalled the first call with his counterpart, said Merkel on Tuesday in the capital city.' };
    const f = of(check([c, d], { noSpell: true, partners: [{ a: 'c', b: 'd', kind: 'version' }] }), 'meaning');
    expect(f.filter((x) => /Merkel/u.test(x.text))).toEqual([]);
    expect(f.map((x) => [x.text, x.severity])).toEqual([
      ['phone call', 'info'],
      ['call', 'info'],
    ]);
  });
});
