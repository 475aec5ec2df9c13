// Which beads deserve a second look: not confirmed by the editor, and the aligner was unsure.
// One rule for the Pair view's "next doubtful" and the Pairs overview's counts.
import type { AlignedBead } from './beads.js';

/** Below this the aligner is more likely wrong than right. */
export const DOUBTFUL_BELOW = 0.5;

export function isDoubtful(b: Pick<AlignedBead, 'confidence' | 'confirmed'>): boolean {
  return !b.confirmed && b.confidence < DOUBTFUL_BELOW;
}

export function countDoubtful(beads: readonly Pick<AlignedBead, 'confidence' | 'confirmed'>[]): number {
  let n = 0;
  for (const b of beads) if (isDoubtful(b)) n++;
  return n;
}
