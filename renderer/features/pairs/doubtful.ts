// Which beads deserve a second look, and how confidence is shown: three bands, each with its own
// colour, line weight and marker so the band reads without colour.
import type { AlignedBead } from '../../../shared/alignment/beads.js';
import { HIGH_CONFIDENCE } from '../../../shared/align/confidence.js';
import { DOUBTFUL_BELOW, isDoubtful } from '../../../shared/alignment/doubtful.js';

export { DOUBTFUL_BELOW, isDoubtful };

/** Shown as high confidence: the aligner's measured "right at least 90% of the time" level. */
export const CONFIDENT_FROM = HIGH_CONFIDENCE;

export type ConfidenceBand = 'high' | 'medium' | 'low';

export function confidenceBand(confidence: number): ConfidenceBand {
  return confidence >= CONFIDENT_FROM ? 'high' : confidence >= DOUBTFUL_BELOW ? 'medium' : 'low';
}

/** The next (or previous) doubtful bead strictly after (before) `from`; -1 when there is none. */
export function findDoubtful(beads: readonly AlignedBead[], from: number, dir: 1 | -1): number {
  for (let i = from + dir; i >= 0 && i < beads.length; i += dir) if (isDoubtful(beads[i]!)) return i;
  return -1;
}

/** Indices of the doubtful beads (the "doubtful only" filter). */
export function doubtfulIndices(beads: readonly AlignedBead[]): number[] {
  const out: number[] = [];
  beads.forEach((b, i) => {
    if (isDoubtful(b)) out.push(i);
  });
  return out;
}
