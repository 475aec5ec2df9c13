// Links between comparable documents (two accounts of one story, an agency's two language
// services, a rewrite): a sentence is linked to the sentence(s) of the other document that say
// the same thing, wherever they are; links may cross, one sentence may match two, and a
// sentence with no counterpart stays alone. Nothing is forced.
//
// Sentence similarity uses evidence that survives translation and rewording: numbers and dates
// (normalised across languages), names, words (same language: light stems, so "announced" meets
// "announcement"; across languages: cognate prefixes and translations from a lexicon: the
// user's dictionary and the shipped EN–FR one), weighted by how rare they are in the two
// documents (cosine of IDF-weighted keys). Two sentences are linked when each is clearly the
// other's best match (by a margin over the next best); the confidence grows with the
// similarity and the margin.
import { extractNumbers } from '../pair/numbers.js';
import { words, isFunctionWord } from '../text/index.js';
import type { Bead } from './types.js';
import { lookup, targetKey, type Translations } from './lexicon.js';

export interface ComparableOptions {
  sameLanguage: boolean;
  /** Source word (folded) → target words (folded) it may translate to, with weights in (0, 1]. */
  translations?: Translations;
}

export interface Link {
  src: number;
  tgt: number;
  sim: number;
  confidence: number;
}

type Vec = Map<string, number>;

const W_NUMBER = 3;
const W_NAME = 2;
const W_WORD = 1;
const W_COGNATE = 0.6;
const W_TRANSLATION = 1;
const STEM = 5;
/** A pair of sentences sharing fewer keys (words, names, numbers) than this counts as sharing
 *  nothing: one or two common words are chance, not a correspondence. */
const MIN_SHARED = 3;
const COGNATE = 4;

function add(v: Vec, k: string, w: number): void {
  v.set(k, Math.max(v.get(k) ?? 0, w));
}

/** Keys of one sentence with their type weights (before IDF). `target` marks the second side. */
function sentenceKeys(text: string, o: ComparableOptions, target: boolean): Vec {
  const v: Vec = new Map();
  const nums = extractNumbers(text);
  for (const n of nums.numbers) add(v, `n:${n}`, n.length <= 2 ? W_NUMBER / 2 : W_NUMBER);
  for (const d of nums.dates) add(v, `d:${d}`, W_NUMBER);
  for (const w of words(text)) {
    const f = w.folded;
    if (f.length < 2 || /^\d/.test(f) || isFunctionWord(f)) continue;
    if (w.capital && !w.initial) add(v, `x:${f}`, W_NAME);
    if (o.sameLanguage) {
      add(v, `s:${f.slice(0, STEM)}`, W_WORD);
      continue;
    }
    if (f.length >= COGNATE) add(v, `c:${f.slice(0, COGNATE)}`, W_COGNATE);
    if (w.capital) add(v, `x:${f}`, w.initial ? W_NAME / 2 : W_NAME);
    if (target) add(v, `t:${targetKey(f)}`, W_TRANSLATION);
    else if (o.translations) for (const [t, p] of lookup(o.translations, f) ?? []) add(v, `t:${t}`, W_TRANSLATION * p);
  }
  return v;
}

function weigh(vecs: Vec[], idf: Map<string, number>): Array<{ v: Vec; norm: number }> {
  return vecs.map((v) => {
    const out: Vec = new Map();
    let norm = 0;
    for (const [k, w] of v) {
      const x = w * (idf.get(k) ?? 0);
      out.set(k, x);
      norm += x * x;
    }
    return { v: out, norm: Math.sqrt(norm) };
  });
}

type Weighted = { v: Vec; norm: number };

/** IDF-weighted key vectors of both sides. */
function sentenceVectors(src: string[], tgt: string[], o: ComparableOptions): { a: Weighted[]; b: Weighted[] } {
  const S = src.map((s) => sentenceKeys(s, o, false)),
    T = tgt.map((t) => sentenceKeys(t, o, true));
  // Document frequency over the sentences of both sides; a key in one sentence of each side is
  // the best anchor there is, a key in every sentence is none.
  const df = new Map<string, number>();
  for (const v of [...S, ...T]) for (const k of v.keys()) df.set(k, (df.get(k) ?? 0) + 1);
  const N = S.length + T.length;
  const idf = new Map<string, number>();
  for (const [k, d] of df) idf.set(k, Math.log(1 + N / d));
  return { a: weigh(S, idf), b: weigh(T, idf) };
}

function cosine(x: Weighted, y: Weighted): number {
  if (x.norm === 0 || y.norm === 0) return 0;
  let dot = 0;
  const [small, big] = x.v.size < y.v.size ? [x.v, y.v] : [y.v, x.v];
  for (const [k, w] of small) {
    const u = big.get(k);
    if (u !== undefined) dot += w * u;
  }
  return dot / (x.norm * y.norm);
}

function sum(xs: Weighted[]): Weighted {
  const v: Vec = new Map();
  for (const x of xs) for (const [k, w] of x.v) v.set(k, (v.get(k) ?? 0) + w);
  let norm = 0;
  for (const w of v.values()) norm += w * w;
  return { v, norm: Math.sqrt(norm) };
}

/** Similarity of one sentence with two or more sentences of the other side taken together. */
export type Combined = (side: 'src' | 'tgt', one: number, many: number[]) => number;

/** Similarity of one source and one target sentence (0 when they share fewer than MIN_SHARED keys). */
function pairSimilarity(x: Weighted, y: Weighted): number {
  if (x.norm === 0 || y.norm === 0) return 0;
  let dot = 0;
  const [small, big] = x.v.size < y.v.size ? [x.v, y.v] : [y.v, x.v];
  let shared = 0;
  for (const [k, w] of small) {
    const u = big.get(k);
    if (u !== undefined) {
      dot += w * u;
      shared++;
    }
  }
  return shared >= MIN_SHARED ? dot / (x.norm * y.norm) : 0;
}

/** The same similarity as `similarities` for chosen pairs only: linear setup, each pair on
 *  demand. For callers that look at a few pairs of long documents (the full matrix of two
 *  6,000-sentence documents is 36 million cells). */
export function similarityOf(src: string[], tgt: string[], o: ComparableOptions): (i: number, j: number) => number {
  const { a, b } = sentenceVectors(src, tgt, o);
  return (i, j) => (a[i] && b[j] ? pairSimilarity(a[i], b[j]) : 0);
}

/** Cosine similarity of every (source, target) sentence pair: sims[i * m + j]; and `combined`. */
export function similarityModel(src: string[], tgt: string[], o: ComparableOptions): { sims: Float64Array; combined: Combined } {
  const { a, b } = sentenceVectors(src, tgt, o);
  const n = src.length,
    m = tgt.length;
  const sims = new Float64Array(n * m);
  for (let i = 0; i < n; i++) {
    const x = a[i]!;
    if (x.norm === 0) continue;
    for (let j = 0; j < m; j++) sims[i * m + j] = pairSimilarity(x, b[j]!);
  }
  const combined: Combined = (side, one, many) =>
    side === 'src' ? cosine(a[one]!, sum(many.map((j) => b[j]!))) : cosine(b[one]!, sum(many.map((i) => a[i]!)));
  return { sims, combined };
}

export function similarities(src: string[], tgt: string[], o: ComparableOptions): Float64Array {
  return similarityModel(src, tgt, o).sims;
}

export interface LinkParams {
  /** A link needs at least this similarity... */
  minSim: number;
  /** ...and must beat every other candidate of both its sentences by this factor. */
  margin: number;
  /** Confidence: logistic in the similarity (0.5 at `confMid`)... */
  confMid: number;
  confSlope: number;
  /** ...times a logistic in the margin (0.5 at `marginMid`). */
  marginMid: number;
  marginSlope: number;
  /** A second partner for one sentence must raise the similarity (both partners together) by this. */
  secondGain: number;
}

export const LINK_PARAMS: LinkParams = { minSim: 0.1, margin: 1.5, confMid: 0.2, confSlope: 15, marginMid: 1.5, marginSlope: 3, secondGain: 0.05 };

const logistic = (x: number): number => 1 / (1 + Math.exp(-x));

/** The best of `count` similarities (a row or a column of the matrix), where it is, and the
 *  runner-up: a link needs both a high value and a clear margin over the next. */
function bestTwo(count: number, valueAt: (k: number) => number): { at: number; b1: number; b2: number } {
  let at = -1,
    b1 = 0,
    b2 = 0;
  for (let k = 0; k < count; k++) {
    const v = valueAt(k);
    if (v > b1) {
      b2 = b1;
      b1 = v;
      at = k;
    } else if (v > b2) b2 = v;
  }
  return { at, b1, b2 };
}

/**
 * Links between sentences that are still free (not in `taken`): a pair is linked when it is
 * clearly the best candidate of both its sentences (`margin` times the next best free one).
 * Mutual best matches need no order, so links may cross.
 */
export function selectLinks(
  sims: Float64Array,
  n: number,
  m: number,
  takenSrc: ReadonlySet<number> = new Set(),
  takenTgt: ReadonlySet<number> = new Set(),
  p: LinkParams = LINK_PARAMS,
  combined?: Combined,
): Link[] {
  const out: Link[] = [];
  const FLOOR = 0.01;
  for (let i = 0; i < n; i++) {
    if (takenSrc.has(i)) continue;
    const { at: bj, b1, b2 } = bestTwo(m, (j) => (takenTgt.has(j) ? 0 : sims[i * m + j]!));
    if (bj < 0 || b1 < p.minSim) continue;
    let c2 = 0,
      mutual = true;
    for (let k = 0; k < n; k++) {
      if (k === i || takenSrc.has(k)) continue;
      const v = sims[k * m + bj]!;
      if (v >= b1) {
        mutual = false;
        break;
      }
      if (v > c2) c2 = v;
    }
    if (!mutual) continue;
    const ratio = b1 / Math.max(b2, c2, FLOOR);
    if (ratio < p.margin) continue;
    out.push({ src: i, tgt: bj, sim: b1, confidence: linkConfidence(b1, ratio, p) });
  }
  return combined ? [...out, ...secondPartners(sims, n, m, out, takenSrc, takenTgt, p, combined)] : out;
}

/**
 * One sentence told in two: a free sentence whose clear best match is an already linked
 * sentence joins the link when the two together resemble that sentence clearly more than its
 * partner alone. A second source sentence must be adjacent to the first, so beads keep the
 * source order.
 */
function secondPartners(
  sims: Float64Array,
  n: number,
  m: number,
  links: Link[],
  takenSrc: ReadonlySet<number>,
  takenTgt: ReadonlySet<number>,
  p: LinkParams,
  combined: Combined,
): Link[] {
  const srcOf = new Map<number, Link>(),
    tgtOf = new Map<number, Link>();
  for (const l of links) {
    srcOf.set(l.src, l);
    tgtOf.set(l.tgt, l);
  }
  const out: Link[] = [];
  const FLOOR = 0.01;
  for (let j = 0; j < m; j++) {
    if (takenTgt.has(j) || tgtOf.has(j)) continue;
    const { at: bi, b1, b2 } = bestTwo(n, (i) => sims[i * m + j]!);
    const l = srcOf.get(bi);
    if (!l || b1 < p.minSim || b1 / Math.max(b2, FLOOR) < p.margin || combined('src', bi, [l.tgt, j]) < l.sim + p.secondGain) continue;
    out.push({ src: bi, tgt: j, sim: b1, confidence: Math.min(l.confidence, linkConfidence(b1, b1 / Math.max(b2, FLOOR), p)) });
  }
  for (let i = 0; i < n; i++) {
    if (takenSrc.has(i) || srcOf.has(i)) continue;
    const { at: bj, b1, b2 } = bestTwo(m, (j) => sims[i * m + j]!);
    const l = tgtOf.get(bj);
    if (
      !l ||
      Math.abs(l.src - i) !== 1 ||
      out.some((x) => x.src === l.src) ||
      b1 < p.minSim ||
      b1 / Math.max(b2, FLOOR) < p.margin ||
      combined('tgt', bj, [l.src, i]) < l.sim + p.secondGain
    )
      continue;
    out.push({ src: i, tgt: bj, sim: b1, confidence: Math.min(l.confidence, linkConfidence(b1, b1 / Math.max(b2, FLOOR), p)) });
  }
  return out;
}

export function linkConfidence(sim: number, ratio: number, p: LinkParams = LINK_PARAMS): number {
  return logistic(p.confSlope * (sim - p.confMid)) * logistic(p.marginSlope * (ratio - p.marginMid) + 2);
}

/**
 * Beads from links: every sentence once; linked sentences grouped by connected component (a
 * sentence with two partners makes a one-to-two bead). Beads in the order of the source
 * sentences; a bead of target sentences only comes right after the bead holding the closest
 * earlier target sentence (at the start if there is none). An unlinked sentence's confidence
 * is that it has no partner: one minus the confidence its best candidate would have had.
 */
export function beadsFromLinks(links: Link[], n: number, m: number, sims: Float64Array, p: LinkParams = LINK_PARAMS): Bead[] {
  const noPartner = (best: number): number => 1 - logistic(p.confSlope * (best - p.confMid));
  // Union-find over n source + m target nodes.
  const parent = Int32Array.from({ length: n + m }, (_, k) => k);
  const find = (x: number): number => {
    while (parent[x] !== x) {
      parent[x] = parent[parent[x]!]!;
      x = parent[x]!;
    }
    return x;
  };
  for (const l of links) {
    const a = find(l.src),
      b = find(n + l.tgt);
    if (a !== b) parent[b] = a;
  }
  const linkedSrc = new Set(links.map((l) => l.src)),
    linkedTgt = new Set(links.map((l) => l.tgt));
  const groups = new Map<number, Bead>();
  for (const l of links) {
    const r = find(l.src);
    let g = groups.get(r);
    if (!g) groups.set(r, (g = { src: [], tgt: [], confidence: 1 }));
    if (!g.src.includes(l.src)) g.src.push(l.src);
    if (!g.tgt.includes(l.tgt)) g.tgt.push(l.tgt);
    g.confidence = Math.min(g.confidence, l.confidence);
  }
  const srcBeads: Bead[] = [];
  const tgtHome = new Int32Array(m).fill(-1);
  const placed = new Set<number>();
  for (let i = 0; i < n; i++) {
    if (!linkedSrc.has(i)) {
      let best = 0;
      for (let j = 0; j < m; j++) best = Math.max(best, sims[i * m + j]!);
      srcBeads.push({ src: [i], tgt: [], confidence: noPartner(best) });
      continue;
    }
    const r = find(i);
    if (placed.has(r)) continue;
    placed.add(r);
    const g = groups.get(r)!;
    g.src.sort((x, y) => x - y);
    g.tgt.sort((x, y) => x - y);
    for (const j of g.tgt) tgtHome[j] = srcBeads.length;
    srcBeads.push(g);
  }
  const after = new Map<number, Bead[]>();
  let home = -1;
  for (let j = 0; j < m; j++) {
    if (linkedTgt.has(j)) {
      home = tgtHome[j]!;
      continue;
    }
    let best = 0;
    for (let i = 0; i < n; i++) best = Math.max(best, sims[i * m + j]!);
    after.set(home, [...(after.get(home) ?? []), { src: [], tgt: [j], confidence: noPartner(best) }]);
  }
  const out: Bead[] = [...(after.get(-1) ?? [])];
  srcBeads.forEach((b, k) => {
    out.push(b, ...(after.get(k) ?? []));
  });
  return out;
}

/**
 * Comparable alignment: `seeds` (links another method is sure of, e.g. the monotone aligner's
 * confident beads) are kept; the other sentences are linked by mutual best similarity.
 */
export function alignComparable(src: string[], tgt: string[], o: ComparableOptions, seeds: Link[] = [], p: LinkParams = LINK_PARAMS): Bead[] {
  const { sims, combined } = similarityModel(src, tgt, o);
  const ts = new Set(seeds.map((l) => l.src)),
    tt = new Set(seeds.map((l) => l.tgt));
  const links = [...seeds, ...selectLinks(sims, src.length, tgt.length, ts, tt, p, combined)];
  return beadsFromLinks(links, src.length, tgt.length, sims, p);
}
