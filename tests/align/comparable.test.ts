// Links between comparable documents: found anywhere (crossing), one sentence may match two,
// unmatched sentences stay alone with a "no partner" confidence, and the CLI's bead order
// (first file in order, every sentence once). Texts are invented for these tests.
import { describe, expect, it } from 'vitest';
import { alignComparable, beadsFromLinks, selectLinks, similarities, similarityOf } from '../../shared/align/comparable.js';
import { alignDocuments, toChain } from '../../shared/align/documents.js';
import { translationsFor } from '../../shared/align/lexicon.js';
import type { Bead } from '../../shared/align/types.js';

// Two English accounts of one (invented) event, told in a different order, each with sentences
// of its own.
const A = [
  'The Harbour Authority of Velmora approved a 240 million euro expansion of its container terminal on Tuesday.',
  'Dock workers had staged a two-day strike over night shifts in early May.',
  'Mayor Ilse Broekhuis said the project would create about 1,800 jobs by 2029.',
  'Environmental groups warned that dredging could damage the oyster beds of the estuary.',
  'The weather stayed mild all week.',
  'Construction is expected to start next spring, once the final permits are signed.',
];
const B = [
  'Building work should begin in the spring, after the last permits are signed, officials said.',
  'Velmora harbour chiefs on Tuesday backed a plan worth 240 million euros to enlarge the container terminal.',
  'Local football fans celebrated the cup victory late into the night.',
  'Conservationists fear the dredging will harm oyster beds in the estuary.',
  'According to Mayor Broekhuis, some 1,800 jobs will be created by 2029.',
];

const links = (beads: Bead[]): string[] => beads.flatMap((b) => b.src.flatMap((i) => b.tgt.map((j) => `${i}:${j}`))).sort();

describe('comparable links', () => {
  it('finds counterparts wherever they are (links cross) and leaves the rest alone', () => {
    const beads = alignComparable(A, B, { sameLanguage: true });
    expect(links(beads)).toEqual(['0:1', '2:4', '3:3', '5:0']);
    // Sentences with no counterpart are alone, and the aligner is fairly sure of it.
    for (const alone of [beads.find((b) => b.src[0] === 4 && b.tgt.length === 0), beads.find((b) => b.tgt[0] === 2 && b.src.length === 0)]) {
      expect(alone).toBeDefined();
      expect(alone!.confidence).toBeGreaterThan(0.5);
    }
  });

  it('lists beads in the order of the first document, every sentence exactly once', () => {
    const beads = alignComparable(A, B, { sameLanguage: true });
    const src = beads.flatMap((b) => b.src);
    expect(src).toEqual(A.map((_, i) => i));
    expect(beads.flatMap((b) => b.tgt).sort((x, y) => x - y)).toEqual(B.map((_, j) => j));
    // A target-only bead comes right after the bead of the closest earlier linked target sentence.
    const at = beads.findIndex((b) => b.tgt[0] === 2 && b.src.length === 0);
    expect(beads[at - 1]!.tgt).toContain(1);
  });

  it('links one sentence to two when it is told in two', () => {
    const a = [
      'The council voted to close the old bridge and to build a wooden footbridge across the river by 2027.',
      'Tickets for the festival sold out within an hour.',
    ];
    const b = [
      'Tickets for the summer festival were sold out in an hour.',
      'The old bridge will be closed, the council decided.',
      'A wooden footbridge is to cross the river by 2027.',
    ];
    const beads = alignComparable(a, b, { sameLanguage: true });
    expect(links(beads)).toEqual(['0:1', '0:2', '1:0']);
    expect(beads[0]).toMatchObject({ src: [0], tgt: [1, 2] });
  });

  it('across languages, names, numbers and the lexicon find the counterpart', () => {
    const en = [
      'Mayor Ilse Broekhuis said the project would create about 1,800 jobs by 2029.',
      'The weather stayed mild all week.',
      'Environmental groups warned that the dredging could damage the oyster beds.',
    ];
    const fr = [
      'Les écologistes craignent que le dragage ne détruise les parcs à huîtres.',
      'Selon la maire Ilse Broekhuis, le projet créera quelque 1 800 emplois d’ici 2029.',
    ];
    const beads = alignComparable(en, fr, { sameLanguage: false, translations: translationsFor('en', 'fr') });
    expect(links(beads)).toContain('0:1');
    expect(links(beads)).not.toContain('1:0');
  });

  it('forces nothing: unrelated sentences stay unlinked', () => {
    const a = ['Rain is expected on Friday.', 'The museum reopens after renovation.'];
    const b = ['Shares of the carmaker fell sharply.', 'A new bakery opened near the station.'];
    const sims = similarities(a, b, { sameLanguage: true });
    expect(selectLinks(sims, 2, 2)).toEqual([]);
    expect(beadsFromLinks([], 2, 2, sims).every((x) => x.src.length === 0 || x.tgt.length === 0)).toBe(true);
  });
});

describe('similarity on demand', () => {
  it('gives every cell of the full matrix, same language and across languages', () => {
    const fr = [
      'Les écologistes craignent que le dragage ne détruise les parcs à huîtres.',
      'Selon la maire Ilse Broekhuis, le projet créera quelque 1 800 emplois d’ici 2029.',
    ];
    const cases: Array<[string[], string[], Parameters<typeof similarities>[2]]> = [
      [A, B, { sameLanguage: true }],
      [A, fr, { sameLanguage: false, translations: translationsFor('en', 'fr') }],
    ];
    for (const [a, b, o] of cases) {
      const full = similarities(a, b, o);
      const sim = similarityOf(a, b, o);
      expect(full.some((v) => v > 0)).toBe(true);
      for (let i = 0; i < a.length; i++) for (let j = 0; j < b.length; j++) expect(sim(i, j)).toBe(full[i * b.length + j]);
    }
  });
});

describe('the pipeline chooses per pair', () => {
  it('says "comparable" for reordered accounts and turns crossing links into chain + cross links', () => {
    const r = alignDocuments(A, B, { srcLang: 'en', tgtLang: 'en' });
    expect(r.method).toBe('comparable');
    const chain = toChain(r.beads, A.length, B.length);
    // The chain keeps what stays in order; the rest are crossing links, nothing lost.
    const inChain = links(chain.beads);
    const crossing = chain.crossLinks.map((l) => `${l.src}:${l.tgt}`);
    expect([...inChain, ...crossing].sort()).toEqual(links(r.beads));
    expect(crossing.length).toBeGreaterThan(0);
    expect(chain.beads.flatMap((b) => b.src)).toEqual(A.map((_, i) => i));
    expect(chain.beads.flatMap((b) => b.tgt)).toEqual(B.map((_, j) => j));
  });

  it('says "parallel" for a translation, which keeps one monotone chain', () => {
    const en = [
      'The minister arrived in Paris on Monday.',
      'She met the president at the Elysee.',
      'Talks lasted three hours.',
      'A joint statement on energy followed.',
      'The visit ends on Wednesday.',
    ];
    const fr = [
      'La ministre est arrivée à Paris lundi.',
      'Elle a rencontré le président à l’Élysée.',
      'Les discussions ont duré trois heures.',
      'Une déclaration commune sur l’énergie a suivi.',
      'La visite se termine mercredi.',
    ];
    const r = alignDocuments(en, fr, { srcLang: 'en', tgtLang: 'fr' });
    expect(r.method).toBe('parallel');
    expect(r.beads.flatMap((b) => b.tgt)).toEqual(fr.map((_, j) => j));
  });
});
