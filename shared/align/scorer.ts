// Bead costs. A linking bead costs
//   typePenalty + wLen * lengthCost - wSim * clip(z)      with z = (sim - mu_ab) / sd_ab,
// where sim is the soft Dice overlap of the two spans and (mu_ab, sd_ab) describe the
// overlap of RANDOM span pairs of the same shape in this document. Normalising against
// random pairs (as Vecalign does for embeddings) makes one threshold work for parallel and
// comparable documents alike: a pair is linked only when it shares far more than chance.
// Skipping a sentence (1-0 / 0-1) costs a constant.
import type { Band } from './band.js';
import type { BeadType } from './dp.js';
import { type VecSet, OverlapScratch } from './sparse.js';
import { STEP, TABLE, TABLE_END } from './length-model.js';
import { type AbortFlag, throwIfAborted } from './abort.js';

export interface SideVecs {
  lens: Float64Array;
  vecs: VecSet;
}

export interface CostParams {
  nullCost: number;
  wLen: number;
  lenVar: number;
  wSim: number;
  /** z below which a link costs more than its type penalty alone. */
  zOffset: number;
  zMax: number;
  zMin: number;
  /** Penalty per bead type, key "a-b". */
  typePenalty: Record<string, number>;
}

export interface Baseline {
  mu: number;
  sd: number;
}

function prefix(xs: ArrayLike<number>): Float64Array {
  const p = new Float64Array(xs.length + 1);
  for (let i = 0; i < xs.length; i++) p[i + 1] = p[i]! + xs[i]!;
  return p;
}

// Small deterministic generator: identical input must give identical output.
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const h = s.length >> 1;
  return s.length % 2 ? s[h]! : (s[h - 1]! + s[h]!) / 2;
}

/** Overlap statistics of random span pairs, per bead shape; robust to the few true pairs drawn. */
export function sampleBaselines(src: SideVecs, tgt: SideVecs, types: BeadType[], scratch: OverlapScratch, samples = 160): Baseline[] {
  const n = src.vecs.n,
    m = tgt.vecs.n;
  const mS = prefix(src.vecs.mass),
    mT = prefix(tgt.vecs.mass);
  const rand = rng(n * 7919 + m);
  // Prior pseudo-samples so tiny documents (where "random" pairs are often true) stay sane.
  const PRIOR_MU = 0.04,
    PRIOR_SD = 0.04,
    PRIOR_N = 20;
  return types.map((t) => {
    if (t.a === 0 || t.b === 0 || n < t.a || m < t.b) return { mu: PRIOR_MU, sd: PRIOR_SD };
    const sims: number[] = [];
    const distinct = (n - t.a + 1) * (m - t.b + 1);
    const cnt = Math.min(samples, distinct);
    for (let q = 0; q < cnt; q++) {
      const i0 = Math.floor(rand() * (n - t.a + 1)),
        j0 = Math.floor(rand() * (m - t.b + 1));
      // Same approximation as buildCostTable: sum of sentence-pair overlaps, capped.
      let ov = 0;
      for (let i = i0; i < i0 + t.a; i++) {
        scratch.setSource(src.vecs, i, i + 1);
        for (let j = j0; j < j0 + t.b; j++) ov += scratch.overlap(tgt.vecs, j);
      }
      const sm = mS[i0 + t.a]! - mS[i0]!,
        tm = mT[j0 + t.b]! - mT[j0]!;
      ov = Math.min(ov, sm, tm);
      sims.push(sm + tm > 0 ? (2 * ov) / (sm + tm) : 0);
    }
    const med = median(sims);
    const mad = median(sims.map((x) => Math.abs(x - med))) * 1.4826;
    const w = Math.min(cnt, distinct / 4);
    const mu = (w * med + PRIOR_N * PRIOR_MU) / (w + PRIOR_N);
    const sd = Math.max(0.01, (w * mad + PRIOR_N * PRIOR_SD) / (w + PRIOR_N));
    return { mu, sd };
  });
}

/**
 * Cost of every bead type ending at every band cell: `cost[cell * K + k]`, Infinity where the
 * bead would start outside the band. The overlap of a multi-sentence bead is approximated by
 * the sum of its sentence-pair overlaps (exact for 1-1; an upper bound otherwise, tight when
 * the sentences share few words). That needs one sparse overlap per cell instead of one per
 * (cell, bead type), which is what keeps large inputs fast.
 */
export function buildCostTable(
  band: Band,
  types: BeadType[],
  src: SideVecs,
  tgt: SideVecs,
  scratch: OverlapScratch,
  p: CostParams,
  base: Baseline[],
  signal?: AbortFlag,
): Float32Array {
  const fill = costRows(band, types, src, tgt, scratch, p, base);
  const K = types.length;
  const cost = new Float32Array(band.total * K);
  for (let i = 0; i <= band.n; i++) {
    if ((i & 255) === 0) throwIfAborted(signal);
    fill(i, cost, band.rowStart[i]! * K);
  }
  return cost;
}

/** Writes row i's costs to out[off + (j - lo[i]) * K + k]; rows must be asked for in order
 *  0, 1, ..., n (the pair overlaps of the last few rows are kept in a ring). */
export type CostRowFn = (i: number, out: Float32Array, off: number) => void;

export function costRows(band: Band, types: BeadType[], src: SideVecs, tgt: SideVecs, scratch: OverlapScratch, p: CostParams, base: Baseline[]): CostRowFn {
  const K = types.length;
  const { n, m, lo: bLo, hi: bHi } = band;
  const lS = prefix(src.lens),
    lT = prefix(tgt.lens);
  const mS = prefix(src.vecs.mass),
    mT = prefix(tgt.vecs.mass);
  const ratio = lS[n]! > 0 && lT[m]! > 0 ? lT[m]! / lS[n]! : 1;
  const TA = Int32Array.from(types, (t) => t.a),
    TB = Int32Array.from(types, (t) => t.b);
  const pen = Float64Array.from(types, (t) => p.typePenalty[`${t.a}-${t.b}`] ?? 10);
  const mu = Float64Array.from(base, (b) => b.mu),
    sd = Float64Array.from(base, (b) => b.sd);
  const { wLen, wSim, zOffset, zMax, zMin, lenVar, nullCost } = p;
  let maxA = 0,
    maxB = 0;
  for (let k = 0; k < K; k++) {
    if (TA[k]! > maxA) maxA = TA[k]!;
    if (TB[k]! > maxB) maxB = TB[k]!;
  }
  // Ring of per-row pair overlaps: ring[i % R][j - from[i % R]] = overlap(src i-1, tgt j-1).
  // Row i's overlaps are read by this row and the next maxA-1 rows, at columns down to
  // lo - maxB + 1.
  const R = maxA + 1;
  const ring: Float32Array[] = Array.from({ length: R }, () => new Float32Array(64));
  const from = new Int32Array(R);
  const tv = tgt.vecs;
  // Module bindings copied to locals: the hot loop below reads them millions of times.
  const INV_STEP = 1 / STEP,
    tab = TABLE,
    tEnd = TABLE_END,
    SQRT_PI = Math.sqrt(Math.PI);
  return (i: number, cost: Float32Array, rs: number): void => {
    if (i >= 1) {
      const L = Math.max(1, bLo[i]! - maxB + 1);
      const H = bHi[Math.min(n, i + maxA - 1)]!;
      let row = ring[i % R]!;
      if (row.length < H - L + 1) {
        row = new Float32Array(Math.max(2 * row.length, H - L + 1));
        ring[i % R] = row;
      }
      scratch.setSource(src.vecs, i - 1, i);
      for (let j = L; j <= H; j++) row[j - L] = scratch.overlap(tv, j - 1);
      from[i % R] = L;
    }
    const lo = bLo[i]!,
      hi = bHi[i]!;
    for (let k = 0; k < K; k++) {
      const a = TA[k]!,
        b = TB[k]!;
      // Beads starting outside the band (or before the start) are not allowed.
      let j0 = hi + 1,
        j1 = hi;
      if (a <= i) {
        j0 = Math.max(lo, bLo[i - a]! + b, b);
        j1 = Math.min(hi, bHi[i - a]! + b);
      }
      for (let j = lo; j < j0 && j <= hi; j++) cost[(j - lo) * K + rs + k] = Infinity;
      for (let j = Math.max(j1 + 1, lo); j <= hi; j++) cost[(j - lo) * K + rs + k] = Infinity;
      if (j0 > j1) continue;
      if (a === 0 || b === 0) {
        const c = nullCost * (a + b);
        for (let j = j0; j <= j1; j++) cost[(j - lo) * K + rs + k] = c;
        continue;
      }
      const sl = lS[i]! - lS[i - a]!,
        sm = mS[i]! - mS[i - a]!,
        slr = sl * ratio;
      const pk = pen[k]!,
        muk = mu[k]!,
        invSd = 1 / sd[k]!;
      // The (up to 3) overlap rows this bead type reads, resolved once per row.
      const r0 = ring[i % R]!,
        f0 = from[i % R]!;
      const r1 = a > 1 ? ring[(i - 1) % R]! : r0,
        f1 = a > 1 ? from[(i - 1) % R]! : f0;
      const r2 = a > 2 ? ring[(i - 2) % R]! : r0,
        f2 = a > 2 ? from[(i - 2) % R]! : f0;
      for (let j = j0; j <= j1; j++) {
        let ov: number;
        if (a === 1 && b === 1) ov = r0[j - f0]!;
        else if (a <= 3) {
          ov = 0;
          for (let q = 0; q < b; q++) ov += r0[j - q - f0]!;
          if (a > 1) for (let q = 0; q < b; q++) ov += r1[j - q - f1]!;
          if (a > 2) for (let q = 0; q < b; q++) ov += r2[j - q - f2]!;
        } else {
          ov = 0;
          for (let r = 0; r < a; r++) {
            const rr = ring[(i - r) % R]!,
              f = from[(i - r) % R]!;
            for (let q = 0; q < b; q++) ov += rr[j - q - f]!;
          }
        }
        const tm = mT[j]! - mT[j - b]!;
        const mass = sm + tm;
        const cap = sm < tm ? sm : tm;
        if (ov > cap) ov = cap;
        const sim = mass > 0 ? (2 * ov) / mass : 0;
        let z = (sim - muk) * invSd;
        if (z > zMax) z = zMax;
        if (z < zMin) z = zMin;
        // Gale-Church length cost (lengthCost() inlined: this loop runs millions of times).
        const tl = lT[j]! - lT[j - b]!;
        let lc = 0;
        if (sl !== 0 || tl !== 0) {
          // x = |delta| / sqrt(2 s² max(mean, 1)), with mean2 = 2 * mean.
          const mean2 = slr + tl;
          const x = Math.abs(tl - slr) / Math.sqrt(lenVar * (mean2 > 2 ? mean2 : 2));
          if (x < tEnd) {
            const fx = x * INV_STEP,
              kx = fx | 0,
              rx = fx - kx;
            lc = tab[kx]! * (1 - rx) + tab[kx + 1]! * rx;
          } else lc = x * x + Math.log(x * SQRT_PI);
        }
        cost[(j - lo) * K + rs + k] = pk + wLen * lc + wSim * (zOffset - z);
      }
    }
  };
}
