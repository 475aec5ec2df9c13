// The corpus-learned lexicon: IBM-1 on the confident 1-1 links of a collection's parallel pairs,
// bounded and deterministic, merged into the comparable linker's translations with a weight < 1.
import { describe, expect, it } from 'vitest';
import { learnLexicon, type LearnInput } from '../../shared/align/learned-lexicon.js';
import { lookup, targetKey, translationsFor } from '../../shared/align/lexicon.js';
import { learnFromCollection } from '../../shared/align/collection.js';

// Made-up words, so nothing here comes from a shipped lexicon.
const EN = ['zorbel', 'quintax', 'mervane', 'lostrid', 'pelgrum', 'vandoke'];
const FR = ['zorbelle', 'kintaxe', 'merviane', 'lostride', 'pelgrome', 'vandoque'];
function pair(method: 'parallel' | 'comparable', confidence = 0.95): LearnInput {
  const src: string[] = [],
    tgt: string[] = [];
  for (let a = 0; a < EN.length; a++)
    for (let b = 0; b < EN.length; b++) {
      if (a === b) continue; // every word with every other: only its translation always comes along
      src.push(`The ${EN[a]} and the ${EN[b]} were seen.`);
      tgt.push(`Le ${FR[a]} et le ${FR[b]} ont été vus.`);
    }
  return { srcLang: 'en', tgtLang: 'fr', src, tgt, method, beads: src.map((_, i) => ({ src: [i], tgt: [i], confidence })) };
}

describe('learnLexicon', () => {
  it('learns word translations from confident links of parallel pairs, both directions', () => {
    const l = learnLexicon([pair('parallel')]);
    const en = new Map(l.get('en>fr')!.map(([s, t, w]) => [s, [t, w] as const]));
    for (let k = 0; k < EN.length; k++) expect(en.get(EN[k]!)?.[0]).toBe(FR[k]);
    for (const [, , w] of l.get('en>fr')!) expect(w).toBeLessThan(1);
    expect(l.get('fr>en')!.some(([s, t]) => s === FR[0] && t === EN[0])).toBe(true);
  });

  it('ignores comparable alignments, weak links and same-language pairs; is deterministic and bounded', () => {
    expect(learnLexicon([pair('comparable')]).size).toBe(0);
    expect(learnLexicon([pair('parallel', 0.5)]).get('en>fr') ?? []).toEqual([]);
    expect(learnLexicon([{ ...pair('parallel'), tgtLang: 'en' }]).size).toBe(0);
    expect(learnLexicon([pair('parallel'), pair('parallel')])).toEqual(learnLexicon([pair('parallel'), pair('parallel')]));
    // Two training sentences: every word is seen at most twice, nothing reliable is learned.
    expect(learnLexicon([pair('parallel')], { maxSentences: 1 }).get('en>fr') ?? []).toEqual([]);
  });

  it('feeds the comparable translations with its weight, a listed translation keeps weight 1', () => {
    const learned = learnLexicon([pair('parallel')]);
    const t = translationsFor('en', 'fr', [], learned);
    const w = lookup(t, EN[1]!)?.get(targetKey(FR[1]!));
    expect(w).toBeGreaterThan(0);
    expect(w).toBeLessThan(1);
    const withDict = translationsFor('en', 'fr', [[EN[1]!, FR[1]!]], learned);
    expect(lookup(withDict, EN[1]!)?.get(targetKey(FR[1]!))).toBe(1);
    // Without learned entries the shipped table is shared, not copied.
    expect(translationsFor('en', 'fr')).toBe(translationsFor('en', 'fr', [], new Map()));
  });
});

describe('learnFromCollection (the collection step)', () => {
  // Two translation pairs made of the invented parallel sentences above, one same-language pair.
  const p = pair('parallel');
  const docs = [
    { id: 'x-en', language: 'en', text: p.src.join('\n') },
    { id: 'x-fr', language: 'fr', text: p.tgt.join('\n') },
    { id: 'y-en', language: 'en', text: p.src.slice(0, 20).join('\n') },
    { id: 'y-fr', language: 'fr-CA', text: p.tgt.slice(0, 20).join('\n') },
    { id: 'z-en', language: 'en', text: p.src.slice(5).join('\n') },
  ];
  const pairs = [
    { a: 'x-en', b: 'x-fr' },
    { a: 'y-fr', b: 'y-en' },
    { a: 'x-en', b: 'z-en' },
  ];
  it('learns from the translation pairs only, whatever their order or orientation', () => {
    let total = 0;
    const l = learnFromCollection(docs, pairs, { onProgress: (_, t) => (total = t) });
    expect(total).toBe(2); // the same-language pair is no translation
    expect(l.get('en>fr')!.some(([s, t]) => s === EN[0] && t === FR[0])).toBe(true);
    expect(
      learnFromCollection(
        docs,
        [...pairs].reverse().map((x) => ({ a: x.b, b: x.a })),
      ),
    ).toEqual(l);
  });
  it('stops aligning once it has enough confident links (bounded work on big projects)', () => {
    let done = 0;
    learnFromCollection(docs, pairs, { enoughLinks: 1, onProgress: (d) => (done = d) });
    expect(done).toBe(1);
  });
});
