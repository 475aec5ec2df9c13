// Property tests: every sentence in exactly one bead, beads monotone and contiguous,
// confidences in [0, 1] — for random inputs, including empty sides and tiny documents.
import { describe, expect, it } from 'vitest';
import { alignSentences } from '../../shared/align/index.js';
import { checkInvariants } from './check-invariants.js';

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

const WORDS = [
  'the',
  'a',
  'cat',
  'chat',
  'dog',
  'chien',
  'government',
  'gouvernement',
  'Paris',
  'Brussels',
  '2021',
  '1',
  '42',
  'rules',
  'règles',
  '?',
  '!',
  '«',
  '»',
  'information',
  'le',
  'la',
  'de',
  'of',
  'and',
  'et',
];

function randomDoc(r: () => number, n: number): string[] {
  return Array.from({ length: n }, () => {
    const len = Math.floor(r() * 25);
    return Array.from({ length: len }, () => WORDS[Math.floor(r() * WORDS.length)]!).join(' ');
  });
}

describe('alignSentences invariants', () => {
  it('covers every sentence exactly once, in order, on random inputs', () => {
    const r = rng(12345);
    for (let t = 0; t < 150; t++) {
      const n = Math.floor(r() * (t < 100 ? 12 : 80));
      const m = Math.floor(r() * (t < 100 ? 12 : 80));
      const src = randomDoc(r, n),
        tgt = randomDoc(r, m);
      const same = r() < 0.3;
      const beads = alignSentences(src, tgt, { srcLang: 'en', tgtLang: same ? 'en' : 'fr' });
      checkInvariants(beads, n, m);
    }
  });

  it('handles empty sides and empty strings', () => {
    checkInvariants(alignSentences([], []), 0, 0);
    checkInvariants(alignSentences(['a b'], []), 1, 0);
    checkInvariants(alignSentences([], ['x', 'y']), 0, 2);
    checkInvariants(alignSentences(['', ''], ['', '', '']), 2, 3);
    checkInvariants(alignSentences(['one'], ['un']), 1, 1);
  });

  it('keeps the invariants on inputs large enough to use the banded path', () => {
    const r = rng(7);
    const src = randomDoc(r, 700),
      tgt = randomDoc(r, 650);
    checkInvariants(alignSentences(src, tgt, { srcLang: 'en', tgtLang: 'fr' }), 700, 650);
  });
});
