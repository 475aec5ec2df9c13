// The checks use what the editor decided: the project's pairs (rejected ones are never partners,
// even when their wording looks alike) and the alignment as the editor left it.
import { describe, expect, it } from 'vitest';
import { partnersFromPairs, type DecidedPair } from '../../shared/checks/project-partners.js';
import { check, of } from './helpers.js';

const bead = (src: number[], tgt: number[], confidence: number, confirmed = false, origin: 'auto' | 'manual' = 'auto') => ({
  src,
  tgt,
  confidence,
  confirmed,
  origin,
});

describe('partnersFromPairs', () => {
  const pairs: DecidedPair[] = [
    {
      a: 'a',
      b: 'b',
      kind: 'translation',
      status: 'confirmed',
      origin: 'auto',
      alignment: {
        src: [{ start: 0, end: 10 }],
        tgt: [{ start: 5, end: 20 }],
        beads: [bead([0], [0], 0.3, true), bead([1], [1], 0.7), bead([2], [], 0.2, false, 'manual')],
      },
    },
    { a: 'c', b: 'd', kind: 'version', status: 'rejected', origin: 'auto' },
    { a: 'e', b: 'f', kind: 'version', status: 'suggested', origin: 'manual', alignment: null },
    { a: 'g', b: 'h', kind: 'translation', status: 'suggested', origin: 'auto' },
  ];
  it('leaves rejected pairs out (and lists them), keeps confirmed, hand-made and suggested ones', () => {
    const { partners, rejectedPairs } = partnersFromPairs(pairs);
    expect(partners.map((p) => [p.a, p.b, p.confirmed ?? false])).toEqual([
      ['a', 'b', true],
      ['e', 'f', true],
      ['g', 'h', false],
    ]);
    expect(rejectedPairs).toEqual([{ a: 'c', b: 'd' }]);
  });
  it('beads as the editor left them: confirmed and hand-made beads carry no confidence (decided)', () => {
    const [ab] = partnersFromPairs(pairs).partners;
    expect(ab!.beads).toEqual([
      { src: [0], tgt: [0] },
      { src: [1], tgt: [1], confidence: 0.7 },
      { src: [2], tgt: [] },
    ]);
  });
  it('adds the crossing links the editor confirmed as certain links', () => {
    const [p] = partnersFromPairs([
      {
        a: 'a',
        b: 'b',
        kind: 'translation',
        status: 'suggested',
        origin: 'auto',
        alignment: {
          src: [],
          tgt: [],
          beads: [bead([0], [0], 0.9)],
          crossLinks: [
            { src: 3, tgt: 1, confirmed: true },
            { src: 4, tgt: 2, confirmed: false },
          ],
        },
      },
    ]).partners;
    expect(p!.beads).toEqual([
      { src: [0], tgt: [0], confidence: 0.9 },
      { src: [3], tgt: [1] },
    ]);
  });
  it('maps the aligned sentences to the checked text', () => {
    const [ab] = partnersFromPairs(pairs, (doc, pos) => (doc === 'b' ? pos - 5 : pos)).partners;
    expect(ab!.sentences).toEqual({ a: [{ start: 0, end: 10 }], b: [{ start: 0, end: 15 }] });
  });
});

describe("checks with the project's pairs", () => {
  const en = `Defence Minister Peter Vogel visited the base on Friday.
Vogel said the army needed new tanks. Vogel added that the budget would grow.
The plan, according to Vogel, will cost billions.`;
  const fr = `Le ministre de la Défense Peter Vogel a visité la base vendredi.
Vogel a dit que l’armée avait besoin de nouveaux chars. Vogel a ajouté que le budget augmenterait.
Le plan coûtera des milliards, a expliqué hier le responsable Oiseau.`;
  const docs = [
    { id: 'e', name: 'vogel.en.txt', text: en, language: 'en' },
    { id: 'f', name: 'vogel.fr.txt', text: fr, language: 'fr' },
  ];
  const last = (t: string) => {
    const s = t.lastIndexOf('\n') + 1;
    return { start: s, end: t.length };
  };

  it("reads the beads against the editor's sentences, not a fresh split", () => {
    // The editor's alignment has two sentences a side; its bead 1 links the last sentences.
    const sentences = { a: [{ start: 0, end: 10 }, last(en)], b: [{ start: 0, end: 10 }, last(fr)] };
    const names = of(check(docs, { partners: [{ a: 'e', b: 'f', kind: 'translation', sentences, beads: [{ src: [1], tgt: [1] }] }] }), 'name-translation');
    expect(names.map((x) => [x.text, x.suggestions[0]])).toContainEqual(['Oiseau', 'Vogel']);
    // The same bead indices against the splitter's sentences point elsewhere: no such evidence.
    const split = of(check(docs, { partners: [{ a: 'e', b: 'f', kind: 'translation', beads: [{ src: [1], tgt: [1] }] }] }), 'name-translation');
    expect(split.some((x) => x.text === 'Oiseau' && x.evidence?.some((e) => e.key.endsWith('.ev.aligned')))).toBe(false);
  });

  it('a rejected pair is no version pair, even with the same wording', () => {
    const text =
      'Beijing is actively working to improve the rules of the international system and the values that we share with our partners in Europe and Asia, the minister said in Brussels on Wednesday after the meeting.';
    const a = { id: 'a', name: 'a.txt', language: 'en', text };
    const b = { id: 'b', name: 'b.txt', language: 'en', text: text.replace('improve', 'undercut') };
    expect(of(check([a, b], { noSpell: true }), 'meaning').length).toBeGreaterThan(0);
    expect(of(check([a, b], { noSpell: true, rejectedPairs: [{ a: 'b', b: 'a' }] }), 'meaning')).toEqual([]);
  });
});
