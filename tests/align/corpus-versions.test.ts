// Two English machine translations of one story (corpus/000 says "improve the rules",
// corpus/001 "undercut the rules"): the aligner must link those two sentences.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { alignSentences } from '../../shared/align/index.js';
import { splitSentences } from '../../shared/segment/index.js';
import { checkInvariants } from './check-invariants.js';

const read = (f: string): string => readFileSync(fileURLToPath(new URL(`../../corpus/${f}`, import.meta.url)), 'utf8');

describe('corpus sample: two English versions of one article', () => {
  it('links the "improve the rules" sentence to the "undercut the rules" one', () => {
    const a = splitSentences(read('000_07a315d54f2e0aa4.txt'), 'en')
      .map((s) => s.text.trim())
      .filter(Boolean);
    const b = splitSentences(read('001_2e2be9141cb380e2.txt'), 'en')
      .map((s) => s.text.trim())
      .filter(Boolean);
    const beads = alignSentences(a, b, { srcLang: 'en', tgtLang: 'en' });
    checkInvariants(beads, a.length, b.length);
    const ia = a.findIndex((s) => s.includes('improve the rules'));
    const ib = b.findIndex((s) => s.includes('undercut the rules'));
    expect(ia).toBeGreaterThanOrEqual(0);
    expect(ib).toBeGreaterThanOrEqual(0);
    const bead = beads.find((x) => x.src.includes(ia));
    expect(bead?.tgt).toContain(ib);
    // Comparable documents: most sentences stay unlinked.
    const linked = beads.filter((x) => x.src.length && x.tgt.length).length;
    expect(linked).toBeLessThan(Math.min(a.length, b.length));
  });
});
