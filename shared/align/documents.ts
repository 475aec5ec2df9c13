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

export { HIGH_CONFIDENCE } from './confidence.js';

export type AlignMethod = 'parallel' | 'comparable';

export interface DocumentAlignment {
  /** Every sentence of each side exactly once. Parallel: monotone. Comparable: in the order of
   *  the first side's sentences; a bead of second-side sentences only comes after the bead
   *  holding the closest earlier second-side sentence, so the second side need not be monotone. */
  beads: Bead[];
  method: AlignMethod;
}

/** Parallel when the monotone aligner links this share of all sentences at LINKED_CONFIDENCE,
 *  or PARALLEL_ANY_SHARE at any confidence (a literary translation with many merged
 *  sentences links nearly everything, some of it with moderate confidence; two accounts of
 *  one story leave a quarter or more unlinked). */
export const PARALLEL_SHARE = 0.75;
export const PARALLEL_ANY_SHARE = 0.85;
/** A monotone link counts as made (for the parallel/comparable choice) from this confidence. */
export const LINKED_CONFIDENCE = 0.5;
/** Monotone links kept as they are in a comparable alignment; weaker ones must earn their
 *  place through the comparable linker's similarity (in comparable documents a moderate
 *  monotone confidence often comes from position and length alone). */
export const SEED_CONFIDENCE = 0.7;
/** Comparable linking compares every sentence with every other: above this many pairs (about
 *  1,400 sentences a side, far beyond a news article) the monotone chain is kept. */
export const COMPARABLE_MAX_CELLS = 2_000_000;

const isLink = (b: Bead): boolean => b.src.length > 0 && b.tgt.length > 0;

export function alignDocuments(src: string[], tgt: string[], opts: AlignOptions = {}, tu: Tuning = DEFAULT_TUNING): DocumentAlignment {
  const chain = alignWithTuning(src, tgt, opts, tu);
  const n = src.length,
    m = tgt.length;
  if (n === 0 || m === 0 || n * m > COMPARABLE_MAX_CELLS) return { beads: chain, method: 'parallel' };
  let linked = 0,
    any = 0;
  for (const b of chain) {
    if (!isLink(b)) continue;
    any += b.src.length + b.tgt.length;
    if (b.confidence >= LINKED_CONFIDENCE) linked += b.src.length + b.tgt.length;
  }
  if (linked >= PARALLEL_SHARE * (n + m) || any >= PARALLEL_ANY_SHARE * (n + m)) return { beads: chain, method: 'parallel' };
  const seeds: Link[] = [];
  for (const b of chain) {
    if (!isLink(b) || b.confidence < SEED_CONFIDENCE) continue;
    for (const i of b.src) for (const j of b.tgt) seeds.push({ src: i, tgt: j, sim: 1, confidence: b.confidence });
  }
  const same = !!opts.srcLang && !!opts.tgtLang && opts.srcLang.toLowerCase().split(/[-_]/)[0] === opts.tgtLang.toLowerCase().split(/[-_]/)[0];
  const translations = same ? undefined : translationsFor(opts.srcLang, opts.tgtLang, opts.dictionary, opts.learned);
  const beads = alignComparable(src, tgt, { sameLanguage: same, ...(translations ? { translations } : {}) }, seeds);
  return { beads, method: 'comparable' };
}

/** An alignment as the editor works on it: a monotone chain (every sentence once, in order)
 *  plus the links that cross it. */
export interface ChainAlignment {
  beads: Bead[];
  crossLinks: Array<{ src: number; tgt: number; confidence: number }>;
}

const contiguous = (xs: number[]): boolean => xs.every((x, k) => k === 0 || x === xs[k - 1]! + 1);

/**
 * The editor's form of any alignment: the heaviest set of link beads that can stay in order
 * (most sentences) forms the chain; every other link becomes a crossing link and its
 * sentences stand alone in the chain (with the link's confidence: they are not gaps).
 */
export function toChain(beads: Bead[], n: number, m: number): ChainAlignment {
  const links = beads.filter((b) => isLink(b)).sort((x, y) => x.src[0]! - y.src[0]!);
  const ok = links.map((b) => contiguous(b.src) && contiguous(b.tgt));
  // Heaviest increasing subsequence (by target position); quadratic, comparable documents are short.
  const best = new Float64Array(links.length),
    prev = new Int32Array(links.length).fill(-1);
  let top = -1;
  for (let k = 0; k < links.length; k++) {
    if (!ok[k]) continue;
    const b = links[k]!,
      w = b.src.length + b.tgt.length;
    best[k] = w;
    for (let q = 0; q < k; q++) {
      const c = links[q]!;
      if (!ok[q] || c.src[c.src.length - 1]! >= b.src[0]! || c.tgt[c.tgt.length - 1]! >= b.tgt[0]!) continue;
      if (best[q]! + w > best[k]!) {
        best[k] = best[q]! + w;
        prev[k] = q;
      }
    }
    if (top < 0 || best[k]! > best[top]!) top = k;
  }
  const kept = new Set<number>();
  for (let k = top; k >= 0; k = prev[k]!) kept.add(k);
  const alone = new Map<string, number>(); // "s3" / "t5" → confidence of a sentence standing alone
  for (const b of beads)
    if (!isLink(b)) for (const i of b.src) alone.set(`s${i}`, b.confidence);
    else for (const j of b.tgt) alone.set(`t${j}`, b.confidence);
  for (const b of beads) if (!isLink(b)) for (const j of b.tgt) alone.set(`t${j}`, b.confidence);
  const crossLinks: ChainAlignment['crossLinks'] = [];
  links.forEach((b, k) => {
    if (kept.has(k)) return;
    for (const i of b.src) {
      alone.set(`s${i}`, b.confidence);
      for (const j of b.tgt) crossLinks.push({ src: i, tgt: j, confidence: b.confidence });
    }
    for (const j of b.tgt) alone.set(`t${j}`, b.confidence);
  });
  const chain: Bead[] = [];
  let i = 0,
    j = 0;
  // Sentences standing alone between two kept links are interleaved by relative position, so a
  // gap sits next to the other side's gaps it may be linked with by hand.
  const flush = (si: number, tj: number): void => {
    const ns = si - i,
      nt = tj - j,
      i0 = i,
      j0 = j;
    while (i < si || j < tj) {
      const fs = i < si ? (i - i0 + 0.5) / ns : Infinity,
        ft = j < tj ? (j - j0 + 0.5) / nt : Infinity;
      if (fs <= ft) {
        chain.push({ src: [i], tgt: [], confidence: alone.get(`s${i}`) ?? 0 });
        i++;
      } else {
        chain.push({ src: [], tgt: [j], confidence: alone.get(`t${j}`) ?? 0 });
        j++;
      }
    }
  };
  links.forEach((b, k) => {
    if (!kept.has(k)) return;
    flush(b.src[0]!, b.tgt[0]!);
    chain.push(b);
    i = b.src[b.src.length - 1]! + 1;
    j = b.tgt[b.tgt.length - 1]! + 1;
  });
  flush(n, m);
  return { beads: chain, crossLinks };
}
