// The comparable sample pair corpus/002 (EN) <-> corpus/004 (FR) against our hand gold
// (tests/align/fixtures/002-004.gold: which sentence pairs truly correspond). Most sentences
// have no partner: only true correspondences may be linked.
import { describe, expect, it } from 'vitest';
import { alignSentences } from '../../shared/align/index.js';
import { judgeLinks, samplePair } from '../../scripts/eval-align.js';

// Sure gold links found by the aligner today (none: see docs/alignment.md, "Known gaps").
// Add a link here when the aligner starts finding it, so that it stays found.
const FOUND: Array<[number, number]> = [];
// Precision floor over predicted links (all of them must be S or P gold pairs).
const MIN_PRECISION = 1;

describe('comparable sample 002 <-> 004', () => {
  const [src, tgt, gold] = samplePair();

  it('the gold still points at the sentences it was written for', () => {
    expect(src.length).toBe(19);
    expect(tgt.length).toBe(26);
    expect(gold.sure.length).toBe(3);
    expect(gold.possible.length).toBe(15);
    expect(src[4]).toContain('greatest threat to European security');
    expect(tgt[5]).toContain('plus grande menace pour la sécurité européenne');
    expect(src[1]).toContain('Russian defense industry');
    expect(tgt[11]).toContain('base industrielle de défense russe');
    expect(src[16]).toContain('San Francisco');
    expect(tgt[7]).toContain('San Francisco');
  });

  it('links only true correspondences', () => {
    const beads = alignSentences(src, tgt, { srcLang: 'en', tgtLang: 'fr' });
    const r = judgeLinks(gold, beads);
    expect(r.wrong).toEqual([]);
    if (r.links > 0) expect(r.correct / r.links).toBeGreaterThanOrEqual(MIN_PRECISION);
    for (const [i, j] of FOUND) {
      expect(beads.some((b) => b.src.includes(i) && b.tgt.includes(j))).toBe(true);
    }
    // Every sentence is still covered exactly once, in order.
    expect(beads.flatMap((b) => b.src)).toEqual(src.map((_, i) => i));
    expect(beads.flatMap((b) => b.tgt)).toEqual(tgt.map((_, j) => j));
  });
});
