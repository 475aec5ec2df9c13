// Bead costs. A linking bead costs
//   typePenalty + wLen * lengthCost - wSim * clip(z)      with z = (sim - mu_ab) / sd_ab,
// where sim is the soft Dice overlap of the two spans and (mu_ab, sd_ab) describe the
// overlap of RANDOM span pairs of the same shape in this document. Normalising against
// random pairs (as Vecalign does for embeddings) makes one threshold work for parallel and
// comparable documents alike: a pair is linked only when it shares far more than chance.
// Skipping a sentence (1-0 / 0-1) costs a constant.
import type { Band } from './band.js';
import { cellIndex } from './band.js';
import type { BeadType } from './dp.js';
import { type SparseVec, OverlapScratch } from './sparse.js';
import { lengthCost } from './length-model.js';
import { type AbortFlag, throwIfAborted } from './abort.js';

export interface SideVecs { lens: Float64Array; vecs: SparseVec[] }

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

export interface Baseline { mu: number; sd: number }

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
export function sampleBaselines(src: SideVecs, tgt: SideVecs, types: BeadType[], keySpace: number, samples = 160): Baseline[] {
  const n = src.vecs.length, m = tgt.vecs.length;
  const scratch = new OverlapScratch(keySpace);
  const mS = prefix(src.vecs.map((v) => v.mass)), mT = prefix(tgt.vecs.map((v) => v.mass));
  const rand = rng(n * 7919 + m);
  // Prior pseudo-samples so tiny documents (where "random" pairs are often true) stay sane.
  const PRIOR_MU = 0.04, PRIOR_SD = 0.04, PRIOR_N = 20;
  return types.map((t) => {
    if (t.a === 0 || t.b === 0 || n < t.a || m < t.b) return { mu: PRIOR_MU, sd: PRIOR_SD };
    const sims: number[] = [];
    const distinct = (n - t.a + 1) * (m - t.b + 1);
    const cnt = Math.min(samples, distinct);
    for (let q = 0; q < cnt; q++) {
      const i0 = Math.floor(rand() * (n - t.a + 1)), j0 = Math.floor(rand() * (m - t.b + 1));
      // Same approximation as buildCostTable: sum of sentence-pair overlaps, capped.
      let ov = 0;
      for (let i = i0; i < i0 + t.a; i++) {
        scratch.setSource(src.vecs, i, i + 1);
        for (let j = j0; j < j0 + t.b; j++) ov += scratch.overlap(tgt.vecs, j, j + 1);
      }
      const sm = mS[i0 + t.a]! - mS[i0]!, tm = mT[j0 + t.b]! - mT[j0]!;
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
 * Cost of every bead type ending at every band cell. The overlap of a multi-sentence bead
 * is approximated by the sum of its sentence-pair overlaps (exact for 1-1; an upper bound
 * otherwise, tight when the sentences share few words). That needs one sparse overlap per
 * cell instead of one per (cell, bead type), which is what keeps large inputs fast.
 */
export function buildCostTable(
  band: Band,
  types: BeadType[],
  src: SideVecs,
  tgt: SideVecs,
  keySpace: number,
  p: CostParams,
  base: Baseline[],
  signal?: AbortFlag,
): Float32Array {
  const K = types.length;
  const n = band.n, m = band.m;
  const cost = new Float32Array(band.total * K).fill(Infinity);
  const lS = prefix(src.lens), lT = prefix(tgt.lens);
  const mS = prefix(src.vecs.map((v) => v.mass)), mT = prefix(tgt.vecs.map((v) => v.mass));
  const ratio = lS[n]! > 0 && lT[m]! > 0 ? lT[m]! / lS[n]! : 1;
  const scratch = new OverlapScratch(keySpace);
  const pen = types.map((t) => p.typePenalty[`${t.a}-${t.b}`] ?? 10);
  const maxA = Math.max(...types.map((t) => t.a)), maxB = Math.max(...types.map((t) => t.b));
  // Ring of per-row pair overlaps: ring[i % R][j - from[i % R]] = overlap(src i-1, tgt j-1).
  const R = maxA + 1;
  const ring: Float32Array[] = Array.from({ length: R }, () => new Float32Array(0));
  const from = new Int32Array(R);
  return fillCosts();

  function fillCosts(): Float32Array {
    // Row by row, so only R rows of overlaps are alive at a time. Row i's overlaps are read
    // by this row and the next maxA-1 rows, at columns down to lo - maxB + 1.
    for (let i = 0; i <= n; i++) {
      if ((i & 255) === 0) throwIfAborted(signal);
      if (i >= 1) {
        const L = Math.max(1, band.lo[i]! - maxB + 1);
        const H = band.hi[Math.min(n, i + maxA - 1)]!;
        const row = new Float32Array(Math.max(0, H - L + 1));
        scratch.setSource(src.vecs, i - 1, i);
        for (let j = L; j <= H; j++) row[j - L] = scratch.overlap(tgt.vecs, j - 1, j);
        ring[i % R] = row;
        from[i % R] = L;
      }
      const lo = band.lo[i]!, hi = band.hi[i]!, rs = band.rowStart[i]!;
      for (let k = 0; k < K; k++) {
        const { a, b } = types[k]!;
        if (a > i) continue;
        const sl = lS[i]! - lS[i - a]!, sm = mS[i]! - mS[i - a]!;
        for (let j = lo; j <= hi; j++) {
          if (j < b || cellIndex(band, i - a, j - b) < 0) continue;
          let c: number;
          if (a === 0 || b === 0) c = p.nullCost * (a + b);
          else {
            let ov = 0;
            for (let r = 0; r < a; r++) {
              const rr = ring[(i - r) % R]!, f = from[(i - r) % R]!;
              for (let q = 0; q < b; q++) ov += rr[j - q - f]!;
            }
            const tm = mT[j]! - mT[j - b]!;
            const mass = sm + tm;
            const cap = sm < tm ? sm : tm;
            if (ov > cap) ov = cap;
            const sim = mass > 0 ? (2 * ov) / mass : 0;
            let z = (sim - base[k]!.mu) / base[k]!.sd;
            if (z > p.zMax) z = p.zMax;
            if (z < p.zMin) z = p.zMin;
            c = pen[k]! + p.wLen * lengthCost(sl, lT[j]! - lT[j - b]!, ratio, p.lenVar) + p.wSim * (p.zOffset - z);
          }
          cost[(rs + j - lo) * K + k] = c;
        }
      }
    }
    return cost;
  }
}
