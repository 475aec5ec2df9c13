// Tuned constants: mostly on TransRead EN-FR and the Text+Berg dev document; the
// comparable-document switch also looked at the other sets (details in docs/alignment.md).
import type { BeadType } from './dp.js';
import type { CostParams } from './scorer.js';

export interface Tuning {
  types: BeadType[];
  pass1: CostParams;
  pass2: CostParams;
  /** Pass-2 costs for comparable documents (most sentences unpaired); the pass-2 costs used
   *  are interpolated between pass2 and this by the share of weak links in pass 1. */
  pass2Comparable: CostParams;
  /** A pass-1 link costing more than this is "weak" (little more overlap than chance). */
  weakLinkCost: number;
  /** Share of sentences in weak links at which a document counts as fully comparable,
   *  and the share below which it counts as parallel. */
  comparableAt: number;
  parallelAt: number;
  /** Above this many lattice cells (n*m) the DP runs in a band instead of the full matrix. */
  fullLimit: number;
  /** Half-width of the band around the projected coarse path, and around pass 1's path. */
  coarseWidth: number;
  refineWidth: number;
  /** Pass 2 first tries this narrower half-width (kept when its path stays 2 away from the
   *  band's edge, else pass 2 is re-run with refineWidth). */
  refineNarrow: number;
  /** Heaviest keys kept per coarse block. */
  coarseKeys: number;
  /** Words with a lower IDF (the, de, and...) get no translation entries: cheap and noisy. */
  lexMinIdf: number;
  temperature: number;
  surfaceWeight: number;
  lexWeight: number;
  smallNumber: number;
  nameBoost: number;
  ibmIterations: number;
  ibmMinProb: number;
  ibmTopK: number;
  ibmMaxCells: number;
  trainMinPosterior: number;
  confirmedWeight: number;
  dictionaryWeight: number;
  dictionaryProb: number;
  /** Rounds of (train lexicon, re-align). */
  rounds: number;
  /** A document is treated as comparable after pass 2 when its comparability x >= `from`
   *  AND pass 2 linked at most `maxLinked` of all sentences (parallel text, even OCR'd text
   *  that reaches x = 1, keeps >= 0.90 linked; the comparable set <= 0.81). Its links with a
   *  posterior < `minPosterior` are then split into 1-0 + 0-1, unless `keepSandwiched` and
   *  both neighbouring beads are confident links (see `unlinkWeak` in pipeline.ts). */
  unlink: { from: number; maxLinked: number; minPosterior: number; keepSandwiched: boolean };
  /** Comparable documents (as judged for `unlink`): pass 2 is re-run from pass 1's path with
   *  a lexicon trained on strong pass-1 links only (`strongLexicon`), lexicon keys weighted
   *  by `lexWeight` and the length cost by `wLen` (factors on the usual values). null: off. */
  comparableRedo: { strongLexicon: boolean; lexWeight: number; wLen: number } | null;
}

const T = (a: number, b: number): BeadType => ({ a, b });

const PEN: Record<string, number> = {
  '1-1': 0,
  '2-1': 2.0,
  '1-2': 2.0,
  '2-2': 4.0,
  '3-1': 4.0,
  '1-3': 4.0,
};

export const DEFAULT_TUNING: Tuning = {
  types: [T(1, 1), T(1, 0), T(0, 1), T(2, 1), T(1, 2), T(2, 2), T(3, 1), T(1, 3)],
  pass1: { nullCost: 3.0, wLen: 1.0, lenVar: 6.8, wSim: 0.5, zOffset: 2, zMax: 12, zMin: -3, typePenalty: PEN },
  pass2: { nullCost: 3.0, wLen: 1.0, lenVar: 6.8, wSim: 0.5, zOffset: 2, zMax: 12, zMin: -3, typePenalty: PEN },
  pass2Comparable: { nullCost: 2.0, wLen: 1.0, lenVar: 6.8, wSim: 1, zOffset: 4, zMax: 12, zMin: -3, typePenalty: PEN },
  weakLinkCost: 0.5,
  comparableAt: 0.5,
  parallelAt: 0.3,
  fullLimit: 250_000,
  coarseWidth: 8,
  refineWidth: 10,
  refineNarrow: 4,
  coarseKeys: 48,
  lexMinIdf: 0,
  temperature: 1,
  surfaceWeight: 1,
  lexWeight: 1,
  smallNumber: 0.5,
  nameBoost: 1,
  ibmIterations: 4,
  ibmMinProb: 0.05,
  ibmTopK: 3,
  ibmMaxCells: 1_000_000,
  trainMinPosterior: 0.5,
  confirmedWeight: 3,
  dictionaryWeight: 3,
  dictionaryProb: 0.5,
  rounds: 1,
  unlink: { from: 0.5, maxLinked: 0.85, minPosterior: 0.5, keepSandwiched: true },
  comparableRedo: { strongLexicon: true, lexWeight: 0.5, wLen: 0.5 },
};
