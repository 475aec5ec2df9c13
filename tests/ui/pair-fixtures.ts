// A small alignment view for the Pair view tests.
import type { AlignmentView } from '../../shared/api/contract.js';
import type { AlignedBead } from '../../shared/alignment/beads.js';

export const bead = (src: number[], tgt: number[], confidence = 0.9, confirmed = false): AlignedBead => ({ src, tgt, confidence, confirmed, origin: 'auto' });

const sentences = (texts: string[]) => {
  let at = 0;
  return texts.map((text) => {
    const s = { start: at, end: at + text.length, text, edited: false };
    at += text.length + 1;
    return s;
  });
};

export function alignmentView(beads: AlignedBead[], nSrc: number, nTgt: number, pairId = 'p_0123456789abcdef'): AlignmentView {
  return {
    pair: {
      id: pairId,
      a: 'd_000000000000',
      b: 'd_111111111111',
      aName: '000_a.txt',
      bName: '001_b.txt',
      score: 0.8,
      kind: 'version',
      status: 'suggested',
      origin: 'auto',
      aligned: null,
    },
    src: { docId: 'd_000000000000', name: '000_a.txt', language: 'en', sentences: sentences(Array.from({ length: nSrc }, (_, i) => `Source ${i}.`)) },
    tgt: { docId: 'd_111111111111', name: '001_b.txt', language: 'en', sentences: sentences(Array.from({ length: nTgt }, (_, i) => `Target ${i}.`)) },
    beads,
    crossLinks: [],
    history: { canUndo: false, canRedo: false, undoLabel: null, redoLabel: null },
  };
}
