// formatBeads, parseHunalignDictionary, dictionary/confirmed options, cancellation, progress.
import { describe, expect, it } from 'vitest';
import { alignSentences, formatBeads, parseHunalignDictionary } from '../../shared/align/index.js';

describe('formatBeads', () => {
  it('uses vecalign notation, one bead per line', () => {
    expect(
      formatBeads([
        { src: [0], tgt: [0], confidence: 1 },
        { src: [1, 2], tgt: [3], confidence: 0.5 },
        { src: [4], tgt: [], confidence: 0.2 },
        { src: [], tgt: [4, 5], confidence: 0.2 },
      ]),
    ).toBe('[0]:[0]\n[1, 2]:[3]\n[4]:[]\n[]:[4, 5]\n');
    expect(formatBeads([])).toBe('');
  });
});

describe('parseHunalignDictionary', () => {
  it('reads "target @ source" lines into [source, target] pairs', () => {
    const d = parseHunalignDictionary('\uFEFFchien @ dog\r\npomme de terre @ potato\n\nbad line\n @ x\nmaison @ house\n');
    expect(d).toEqual([
      ['dog', 'chien'],
      ['potato', 'pomme de terre'],
      ['house', 'maison'],
    ]);
  });
});

describe('options', () => {
  const en = ['The dog sleeps.', 'The house is big.', 'It rains.'];
  const fr = ['Le chien dort.', 'La maison est grande.', 'Il pleut.'];

  it('accepts a dictionary and confirmed pairs', () => {
    const b = alignSentences(en, fr, {
      srcLang: 'en',
      tgtLang: 'fr',
      dictionary: [
        ['dog', 'chien'],
        ['house', 'maison'],
        ['rains', 'pleut'],
      ],
      confirmed: [{ src: ['The dog is big.'], tgt: ['Le chien est grand.'] }],
    });
    expect(formatBeads(b)).toBe('[0]:[0]\n[1]:[1]\n[2]:[2]\n');
  });

  it('reports progress up to completion', () => {
    const seen: Array<[number, number]> = [];
    alignSentences(en, fr, { srcLang: 'en', tgtLang: 'fr', onProgress: (d, t) => seen.push([d, t]) });
    expect(seen.length).toBeGreaterThan(0);
    const last = seen[seen.length - 1]!;
    expect(last[0]).toBe(last[1]);
  });

  it('throws an AbortError when cancelled', () => {
    const signal = { aborted: true };
    expect(() => alignSentences(en, fr, { signal })).toThrow(expect.objectContaining({ name: 'AbortError' }));
    const s2 = { aborted: false };
    const big = Array.from({ length: 3000 }, (_, i) => `Sentence number ${i} about topic ${i % 17}.`);
    expect(() =>
      alignSentences(big, big, {
        srcLang: 'en',
        tgtLang: 'fr',
        signal: s2,
        onProgress: (d) => {
          if (d >= 1) s2.aborted = true;
        },
      }),
    ).toThrow(expect.objectContaining({ name: 'AbortError' }));
  });
});
