// Aligning two documents, whatever their relation. The monotone aligner (pipeline.ts) runs
// first; when it links most sentences with confidence, the documents are parallel (a
// translation, a copy) and its chain is the answer. Otherwise they are comparable (two
// accounts of one story): its confident links are kept as seeds and the other sentences are
// linked wherever their counterpart is (comparable.ts). The result says which method it used.
import type { AlignOptions, Bead } from './types.js';
import { alignWithTuning } from './pipeline.js';
import { DEFAULT_TUNING, type Tuning } from './params.js';
import { alignComparable, type Link } from './comparable.js';
import { translationsFor } from './lexicon.js';

export type AlignMethod = 'parallel' | 'comparable';

export interface DocumentAlignment {
  /** Every sentence of each side exactly once. Parallel: monotone. Comparable: in the order of
   *  the first side's sentences; a bead of second-side sentences only comes after the bead
   *  holding the closest earlier second-side sentence, so the second side need not be monotone. */
  beads: Bead[];
  method: AlignMethod;
}

/** Share of all sentences the monotone aligner must link (at SEED_CONFIDENCE) to count as parallel. */
export const PARALLEL_SHARE = 0.75;
/** Monotone links kept as seeds of a comparable alignment. */
export const SEED_CONFIDENCE = 0.5;

const isLink = (b: Bead): boolean => b.src.length > 0 && b.tgt.length > 0;

export function alignDocuments(src: string[], tgt: string[], opts: AlignOptions = {}, tu: Tuning = DEFAULT_TUNING): DocumentAlignment {
  const chain = alignWithTuning(src, tgt, opts, tu);
  const n = src.length, m = tgt.length;
  if (n === 0 || m === 0) return { beads: chain, method: 'parallel' };
  let linked = 0;
  for (const b of chain) if (isLink(b) && b.confidence >= SEED_CONFIDENCE) linked += b.src.length + b.tgt.length;
  if (linked >= PARALLEL_SHARE * (n + m)) return { beads: chain, method: 'parallel' };
  const seeds: Link[] = [];
  for (const b of chain) {
    if (!isLink(b) || b.confidence < SEED_CONFIDENCE) continue;
    for (const i of b.src) for (const j of b.tgt) seeds.push({ src: i, tgt: j, sim: 1, confidence: b.confidence });
  }
  const same = !!opts.srcLang && !!opts.tgtLang && opts.srcLang.toLowerCase().split(/[-_]/)[0] === opts.tgtLang.toLowerCase().split(/[-_]/)[0];
  const translations = same ? undefined : translationsFor(opts.srcLang, opts.tgtLang, opts.dictionary);
  const beads = alignComparable(src, tgt, { sameLanguage: same, ...(translations ? { translations } : {}) }, seeds);
  return { beads, method: 'comparable' };
}
