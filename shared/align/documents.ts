// Aligning two documents, whatever their relation: the pipeline decides per pair whether they
// are parallel (a translation: one monotone chain of beads, shared/align/pipeline.ts) or
// comparable (two accounts of one story: links wherever they are, see comparable.ts), and
// says which it used.
import type { AlignOptions, Bead } from './types.js';
import { alignWithTuning } from './pipeline.js';
import { DEFAULT_TUNING, type Tuning } from './params.js';

export type AlignMethod = 'parallel' | 'comparable';

export interface DocumentAlignment {
  /** Every sentence of each side exactly once. Parallel: monotone. Comparable: in the order of
   *  the first side's sentences; a bead of second-side sentences only comes after the bead
   *  holding their nearest linked neighbour, so the second side need not be monotone. */
  beads: Bead[];
  method: AlignMethod;
}

export function alignDocuments(src: string[], tgt: string[], opts: AlignOptions = {}, tu: Tuning = DEFAULT_TUNING): DocumentAlignment {
  return { beads: alignWithTuning(src, tgt, opts, tu), method: 'parallel' };
}
