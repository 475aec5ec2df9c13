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
  it('skips reordered words and plain additions, but not an added negation', () => {
    const c = { id: 'c', language: 'en', text: 'The minister recalled the first phone call with his counterpart, Merkel said on Tuesday in the capital city.' };
    const d = { id: 'd', language: 'en', text: 'The minister recalled the first call with his counterpart, said Merkel on Tuesday in the capital city.' };
    expect(of(check([c, d], { noSpell: true, partners: [{ a: 'c', b: 'd', kind: 'version' }] }), 'meaning')).toEqual([]);
    const e = { id: 'e', language: 'en', text: 'The council said that the new rules would apply to every member state from next year onwards.' };
    const g = { id: 'g', language: 'en', text: 'The council said that the new rules would not apply to every member state from next year onwards.' };
    const f = of(check([e, g], { noSpell: true, partners: [{ a: 'e', b: 'g', kind: 'version' }] }), 'meaning');
    expect(f.map((x) => [x.docId, x.severity])).toEqual([
      ['e', 'info'],
      ['g', 'info'],
    ]);
  });
  it('takes two words that share a translation for a paraphrase', () => {
    const c = { id: 'c', language: 'en', text: 'The leaders met in a large hall near the river to discuss the crisis with their advisers on Monday.' };
    const d = { id: 'd', language: 'en', text: 'The leaders met in a big hall near the river to discuss the crisis with their advisers on Monday.' };
    expect(of(check([c, d], { noSpell: true, partners: [{ a: 'c', b: 'd', kind: 'version' }] }), 'meaning')).toEqual([]);
  });
  it('with a third version, flags only the odd one out and suggests the majority wording', () => {
    const base = (w: string) => `The minister recalled his first talk with the envoy after he became ${w} of the new council in the spring.`;
    const docs = [
      { id: 'x', language: 'en', text: base('chairman') },
      { id: 'y', language: 'en', text: base('chairman') },
      { id: 'z', language: 'en', text: base('prisoner') },
    ];
    const partners = [
      { a: 'x', b: 'y', kind: 'version' as const },
      { a: 'x', b: 'z', kind: 'version' as const },
      { a: 'y', b: 'z', kind: 'version' as const },
    ];
    const f = of(check(docs, { noSpell: true, partners }), 'meaning');
    expect([...new Set(f.map((x) => [x.docId, x.text, x.suggestions[0]].join(' ')))]).toEqual(['z prisoner chairman']);
    // Three ways apart: paraphrase among the versions, nothing to say.
    docs[1] = { id: 'y', language: 'en', text: base('president') };
    expect(of(check(docs, { noSpell: true, partners }), 'meaning')).toEqual([]);
  });
});
