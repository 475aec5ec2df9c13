// Banded dynamic programming over beads: Viterbi for the best monotone path, plus a
// forward-backward pass whose bead posteriors become the confidences.
import { type Band, cellIndex } from './band.js';
import { type AbortFlag, throwIfAborted } from './abort.js';

export interface BeadType { a: number; b: number }

export interface DpBead { i0: number; a: number; j0: number; b: number; posterior: number; cost: number }

/**
 * `cost[cell * types.length + k]` is the cost of a bead of type k ENDING at that cell
 * (Infinity where not allowed). Costs are read as negative log-probabilities scaled by
 * `temperature` for the posteriors.
 */
export function runDp(
  band: Band,
  types: BeadType[],
  cost: Float32Array,
  temperature: number,
  signal?: AbortFlag,
  withPosteriors = true,
): DpBead[] {
  const { n, lo, hi, rowStart, total } = band;
  const K = types.length;
  const V = new Float64Array(total).fill(Infinity);
  const back = new Int8Array(total).fill(-1);
  const start = new Int32Array(total * K).fill(-1);
  const A = withPosteriors ? new Float64Array(total).fill(-Infinity) : null;
  V[0] = 0;
  if (A) A[0] = 0;
  const invT = 1 / temperature;
  for (let i = 0; i <= n; i++) {
    if ((i & 255) === 0) throwIfAborted(signal);
    const base = rowStart[i]!;
    for (let j = lo[i]!; j <= hi[i]!; j++) {
      const c = base + j - lo[i]!;
      if (c === 0) continue;
      let best = Infinity, bk = -1;
      let mx = -Infinity;
      for (let k = 0; k < K; k++) {
        const t = types[k]!;
        const s = cellIndex(band, i - t.a, j - t.b);
        if (s < 0) continue;
        const ck = cost[c * K + k]!;
        if (!(ck < Infinity)) continue;
        start[c * K + k] = s;
        const v = V[s]! + ck;
        if (v < best) { best = v; bk = k; }
        if (A) { const x = A[s]! - ck * invT; if (x > mx) mx = x; }
      }
      V[c] = best;
      back[c] = bk;
      if (A && mx > -Infinity) {
        let sum = 0;
        for (let k = 0; k < K; k++) {
          const s = start[c * K + k]!;
          if (s < 0) continue;
          sum += Math.exp(A[s]! - cost[c * K + k]! * invT - mx);
        }
        A[c] = mx + Math.log(sum);
      }
    }
  }
  let B: Float64Array | null = null;
  if (A) {
    B = new Float64Array(total).fill(-Infinity);
    B[total - 1] = 0;
    for (let c = total - 1; c > 0; c--) {
      if ((c & 16383) === 0) throwIfAborted(signal);
      const be = B[c]!;
      if (be === -Infinity) continue;
      for (let k = 0; k < K; k++) {
        const s = start[c * K + k]!;
        if (s < 0) continue;
        const x = be - cost[c * K + k]! * invT;
        const y = B[s]!;
        B[s] = x > y ? x + Math.log1p(Math.exp(y - x)) : y + Math.log1p(Math.exp(x - y));
      }
    }
  }
  // Trace back the Viterbi path.
  const out: DpBead[] = [];
  let i = n, j = band.m;
  const logZ = A ? A[total - 1]! : 0;
  while (i > 0 || j > 0) {
    const c = cellIndex(band, i, j);
    const k = back[c]!;
    if (k < 0) throw new Error('alignment lattice is disconnected');
    const t = types[k]!;
    let post = 1;
    if (A && B) {
      const s = start[c * K + k]!;
      post = Math.exp(A[s]! - cost[c * K + k]! * invT + B[c]! - logZ);
      if (!(post >= 0)) post = 0;
      if (post > 1) post = 1;
    }
    i -= t.a;
    j -= t.b;
    out.push({ i0: i, a: t.a, j0: j, b: t.b, posterior: post, cost: cost[c * K + k]! });
  }
  out.reverse();
  return out;
}
