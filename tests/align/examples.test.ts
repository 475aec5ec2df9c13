// Small hand examples: merges, insertions, numbers that must not anchor, versions.
import { describe, expect, it } from 'vitest';
import { alignSentences, formatBeads, type Bead } from '../../shared/align/index.js';

const pairs = (beads: Bead[]): string => formatBeads(beads).trim();

const EN = [
  'The committee met in Brussels on Tuesday to discuss the new budget.',
  'Several members criticised the proposal.',
  'They said it would cut funding for research and education.',
  'The president defended the plan.',
  'A final vote is expected next month.',
  'Observers expect a narrow majority.',
];
const FR = [
  'Le comité s’est réuni à Bruxelles mardi pour discuter du nouveau budget.',
  'Plusieurs membres ont critiqué la proposition.',
  'Ils ont déclaré qu’elle réduirait le financement de la recherche et de l’éducation.',
  'Le président a défendu le plan.',
  'Un vote final est attendu le mois prochain.',
  'Les observateurs s’attendent à une faible majorité.',
];

describe('hand examples', () => {
  it('aligns a parallel text 1-1', () => {
    const b = alignSentences(EN, FR, { srcLang: 'en', tgtLang: 'fr' });
    expect(pairs(b)).toBe(EN.map((_, i) => `[${i}]:[${i}]`).join('\n'));
  });

  it('merges two source sentences translated as one (2-1)', () => {
    const fr = [...FR];
    fr.splice(1, 2, 'Plusieurs membres ont critiqué la proposition, déclarant qu’elle réduirait le financement de la recherche et de l’éducation.');
    const b = alignSentences(EN, fr, { srcLang: 'en', tgtLang: 'fr' });
    expect(pairs(b)).toContain('[1, 2]:[1]');
  });

  it('leaves an inserted sentence unaligned (0-1)', () => {
    const fr = [...FR];
    fr.splice(3, 0, 'Cette information n’a pas pu être vérifiée de manière indépendante par notre rédaction.');
    const b = alignSentences(EN, fr, { srcLang: 'en', tgtLang: 'fr' });
    expect(pairs(b)).toContain('[]:[3]');
    expect(pairs(b)).toContain('[3]:[4]');
  });

  it('does not let a shared small number or year pull an alignment', () => {
    const en = ['Chapter 1', 'In 2021 the river flooded the old town.', 'Residents were evacuated by boat.', 'The mayor promised new dikes.'];
    const fr = [
      'Chapitre 1',
      'En 2021, le fleuve a inondé la vieille ville.',
      'Les habitants ont été évacués en bateau.',
      'Le maire a promis de nouvelles digues.',
      'Selon le rapport de 2021, 1 maison sur 2 a été touchée.',
    ];
    const b = alignSentences(en, fr, { srcLang: 'en', tgtLang: 'fr' });
    const s = pairs(b);
    expect(s).toContain('[1]:[1]');
    expect(s).toContain('[3]:[3]');
    expect(s).toContain('[]:[4]');
  });

  // KNOWN LIMITATION (it.fails = expected to fail until fixed): on 4-sentence comparable
  // documents there is too little text to tell chance overlap from translation, so unrelated
  // pairs of similar length are still linked. On 50-sentence documents see the comparable set.
  it.fails('links only true correspondences between comparable documents (tiny input)', () => {
    const en = [
      'The storm hit the coast on Monday night.',
      'Thousands of homes lost power.',
      'Weather experts had warned about the risk for days.',
      'The prime minister visited the flooded villages on Wednesday.',
    ];
    const fr = [
      'Le gouvernement a annoncé une aide d’urgence.',
      'Des milliers de foyers ont été privés d’électricité.',
      'Les assureurs estiment les dégâts à plusieurs millions.',
      'La ministre de la culture a inauguré un musée.',
    ];
    const b = alignSentences(en, fr, { srcLang: 'en', tgtLang: 'fr' });
    const links = b.filter((x) => x.src.length && x.tgt.length);
    expect(links.length).toBeLessThanOrEqual(2);
    expect(pairs(b)).toContain('[1]:[1]');
  });

  // KNOWN LIMITATION (it.fails): an unrelated sentence next to a strong link is merged into it
  // (1-2) instead of left 0-1, because the similarity bonus saturates. The full-size corpus
  // version pair below (corpus-versions.test.ts) is aligned correctly.
  it.fails('aligns two versions of one text on wording (same language, tiny input)', () => {
    const a = ['The minister arrived late.', 'China is actively working to improve the rules of the international system.', 'Allies must decide together.'];
    const b = [
      'Markets fell sharply on Friday.',
      'The minister arrived late to the meeting.',
      'Investors were nervous.',
      'Beijing is actively working to undercut the rules of the international system.',
      'Allies must decide together, he said.',
    ];
    const beads = alignSentences(a, b, { srcLang: 'en', tgtLang: 'en' });
    const s = pairs(beads);
    expect(s).toContain('[0]:[1]');
    expect(s).toContain('[1]:[3]');
    expect(s).toContain('[2]:[4]');
  });

  it('gives high confidence to clear links and lower to doubtful ones', () => {
    const b = alignSentences(EN, FR, { srcLang: 'en', tgtLang: 'fr' });
    for (const x of b) expect(x.confidence).toBeGreaterThan(0.5);
  });
});
