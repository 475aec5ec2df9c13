// Banded dynamic programming over beads: Viterbi for the best monotone path, plus a
// forward-backward pass whose bead posteriors become the confidences.
//
// Per band cell: the Viterbi score (Float64), one back-pointer byte, and with posteriors the
// forward and backward log-sums. The start cell of a bead is computed from the band rows
// (no per-cell, per-type index table).
import type { Band } from './band.js';
import { type AbortFlag, throwIfAborted } from './abort.js';

export interface BeadType {
  a: number;
  b: number;
}

// exp() from tables (2^k, 2^(i/256)) and a cubic for the rest: relative error ~1e-12, a few
// times faster than Math.exp, which the forward pass calls once per (cell, bead type).
const POW2 = Float64Array.from({ length: 1201 }, (_, k) => Math.pow(2, k - 1100));
const EXP_FRAC = Float64Array.from({ length: 257 }, (_, i) => Math.pow(2, i / 256));
const R_SCALE = Math.LN2 / 256;
function fastExp(t: number): number {
  if (t < -744) return 0;
  if (t > 60) return Math.exp(t);
  const y = t * Math.LOG2E,
    k = Math.floor(y),
    f = (y - k) * 256,
    i = f | 0,
    r = (f - i) * R_SCALE;
  return POW2[k + 1100]! * EXP_FRAC[i]! * (1 + r * (1 + r * (0.5 + r * (1 / 6))));
}

export interface DpBead {
  i0: number;
  a: number;
  j0: number;
  b: number;
  posterior: number;
  cost: number;
}

/**
 * `cost[cell * types.length + k]` is the cost of a bead of type k ENDING at that cell
 * (Infinity where not allowed). Costs are read as negative log-probabilities scaled by
 * `temperature` for the posteriors.
 */
export function runDp(band: Band, types: BeadType[], cost: Float32Array, temperature: number, signal?: AbortFlag, withPosteriors = true): DpBead[] {
  const { n, m, lo, hi, rowStart, total } = band;
  const K = types.length;
  const TA = Int32Array.from(types, (t) => t.a),
    TB = Int32Array.from(types, (t) => t.b);
  let maxA = 0;
  for (let k = 0; k < K; k++) if (TA[k]! > maxA) maxA = TA[k]!;
  const V = new Float64Array(total);
  const back = new Int8Array(total).fill(-1);
  // Forward-backward in linear space, each row rescaled to max 1 (log of the scale kept per
  // row): one exp per (cell, bead type) and no log-sum-exp. The cost table is overwritten
  // with exp(-cost / T) as the forward pass goes; the chosen bead's cost is kept per cell.
  const A = withPosteriors ? new Float64Array(total) : null;
  const bestCost = withPosteriors ? new Float32Array(total) : null;
  const logSA = withPosteriors ? new Float64Array(n + 1) : null;
  const invT = 1 / temperature;
  // g[a] = scale of row i - a relative to row i - 1 (row i is first built on row i-1's scale).
  const g = new Float64Array(maxA + 1);
  g[0] = 1;
  for (let i = 0; i <= n; i++) {
    if ((i & 255) === 0) throwIfAborted(signal);
    const l = lo[i]!,
      h = hi[i]!,
      base = rowStart[i]!;
    if (A && i > 0) {
      g[0] = 1;
      for (let a = 1; a <= maxA; a++) g[a] = i - a >= 0 ? Math.exp(logSA![i - a]! - logSA![i - 1]!) : 0;
    }
    let rowMax = 0;
    for (let j = l; j <= h; j++) {
      const c = base + j - l;
      if (c === 0) {
        V[0] = 0;
        if (A) A[0] = 1;
        continue;
      }
      let best = Infinity,
        bk = -1,
        bc = Infinity;
      let sum = 0;
      const cb = c * K;
      for (let k = 0; k < K; k++) {
        const ck = cost[cb + k]!;
        if (!(ck < Infinity)) {
          if (A) cost[cb + k] = 0;
          continue;
        }
        const a = TA[k]!,
          pi = i - a;
        const s = rowStart[pi]! + j - TB[k]! - lo[pi]!;
        const v = V[s]! + ck;
        if (v < best) {
          best = v;
          bk = k;
          bc = ck;
        }
        if (A) {
          const e = fastExp(-ck * invT);
          cost[cb + k] = e;
          sum += A[s]! * e * g[a]!;
        }
      }
      V[c] = best;
      back[c] = bk;
      if (A) {
        bestCost![c] = bc;
        A[c] = sum;
        if (sum > rowMax) rowMax = sum;
      }
    }
    if (A && i > 0) {
      if (rowMax > 0) {
        const inv = 1 / rowMax;
        for (let c = base; c <= base + h - l; c++) A[c] = A[c]! * inv;
        logSA![i] = logSA![i - 1]! + Math.log(rowMax);
      } else logSA![i] = logSA![i - 1]!;
    }
  }
  let B: Float64Array | null = null;
  let logSB: Float64Array | null = null;
  if (A) {
    // Backward sums, gathered from each cell's successors, rows rescaled the same way.
    B = new Float64Array(total);
    logSB = new Float64Array(n + 2);
    for (let i = n; i >= 0; i--) {
      if ((i & 255) === 0) throwIfAborted(signal);
      for (let a = 0; a <= maxA; a++) g[a] = a === 0 ? 1 : i + a <= n ? Math.exp(logSB[i + a]! - logSB[i + 1]!) : 0;
      const l = lo[i]!,
        h = hi[i]!,
        base = rowStart[i]!;
      let rowMax = 0;
      for (let j = h; j >= l; j--) {
        const c = base + j - l;
        if (c === total - 1) {
          B[c] = 1;
          rowMax = 1;
          continue;
        }
        let sum = 0;
        for (let k = 0; k < K; k++) {
          const a = TA[k]!,
            ni = i + a,
            nj = j + TB[k]!;
          if (ni > n || nj < lo[ni]! || nj > hi[ni]!) continue;
          const d = rowStart[ni]! + nj - lo[ni]!;
          const e = cost[d * K + k]!;
          if (e > 0) sum += B[d]! * e * g[a]!;
        }
        B[c] = sum;
        if (sum > rowMax) rowMax = sum;
      }
      if (rowMax > 0) {
        const inv = 1 / rowMax;
        for (let c = base; c <= base + h - l; c++) B[c] = B[c]! * inv;
        logSB[i] = logSB[i + 1]! + Math.log(rowMax);
      } else logSB[i] = logSB[i + 1]!;
    }
  }
  // Trace back the Viterbi path.
  const out: DpBead[] = [];
  let i = n,
    j = m;
  const logZ = A ? Math.log(A[total - 1]!) + logSA![n]! : 0;
  while (i > 0 || j > 0) {
    const c = rowStart[i]! + j - lo[i]!;
    const k = back[c]!;
    if (k < 0) throw new Error('alignment lattice is disconnected');
    const a = TA[k]!,
      b = TB[k]!;
    const s = rowStart[i - a]! + j - b - lo[i - a]!;
    let post = 1,
      ck: number;
    if (A && B) {
      ck = bestCost![c]!;
      const lp = Math.log(A[s]!) + logSA![i - a]! + Math.log(cost[c * K + k]!) + Math.log(B[c]!) + logSB![i]! - logZ;
      post = Math.exp(lp);
      if (!(post >= 0)) post = 0;
      if (post > 1) post = 1;
    } else ck = cost[c * K + k]!;
    i -= a;
    j -= b;
    out.push({ i0: i, a, j0: j, b, posterior: post, cost: ck });
  }
  out.reverse();
  return out;
}

/**
 * Viterbi only (no posteriors: every bead gets posterior 1), with the costs of one row at a
 * time from `row` (see scorer.costRows): no cost table over the band.
 */
export function runViterbi(band: Band, types: BeadType[], row: (i: number, out: Float32Array, off: number) => void, signal?: AbortFlag): DpBead[] {
  const { n, m, lo, hi, rowStart, total } = band;
  const K = types.length;
  const TA = Int32Array.from(types, (t) => t.a),
    TB = Int32Array.from(types, (t) => t.b);
  const V = new Float64Array(total);
  const back = new Int8Array(total).fill(-1);
  const bestCost = new Float32Array(total);
  let width = 0;
  for (let i = 0; i <= n; i++) width = Math.max(width, hi[i]! - lo[i]! + 1);
  const buf = new Float32Array(width * K);
  for (let i = 0; i <= n; i++) {
    if ((i & 255) === 0) throwIfAborted(signal);
    row(i, buf, 0);
    const l = lo[i]!,
      h = hi[i]!,
      base = rowStart[i]!;
    for (let j = l; j <= h; j++) {
      const c = base + j - l;
      if (c === 0) {
        V[0] = 0;
        continue;
      }
      let best = Infinity,
        bk = -1,
        bc = Infinity;
      const cb = (j - l) * K;
      for (let k = 0; k < K; k++) {
        const ck = buf[cb + k]!;
        if (!(ck < Infinity)) continue;
        const pi = i - TA[k]!;
        const v = V[rowStart[pi]! + j - TB[k]! - lo[pi]!]! + ck;
        if (v < best) {
          best = v;
          bk = k;
          bc = ck;
        }
      }
      V[c] = best;
      back[c] = bk;
      bestCost[c] = bc;
    }
  }
  const out: DpBead[] = [];
  let i = n,
    j = m;
  while (i > 0 || j > 0) {
    const c = rowStart[i]! + j - lo[i]!;
    const k = back[c]!;
    if (k < 0) throw new Error('alignment lattice is disconnected');
    const a = TA[k]!,
      b = TB[k]!;
    i -= a;
    j -= b;
    out.push({ i0: i, a, j0: j, b, posterior: 1, cost: bestCost[c]! });
  }
  out.reverse();
  return out;
}
