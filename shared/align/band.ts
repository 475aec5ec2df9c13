// The set of lattice points (i sentences of source consumed, j of target) the DP may visit.
// Keeping it a band of constant width around a guide path is what makes alignment linear.

export interface Band {
  n: number;
  m: number;
  /** lo[i]..hi[i] (inclusive) are the j allowed on row i, for i = 0..n. */
  lo: Int32Array;
  hi: Int32Array;
  /** rowStart[i] = index of cell (i, lo[i]) in flat per-cell arrays; rowStart[n+1] = total. */
  rowStart: Int32Array;
  total: number;
}

function finish(n: number, m: number, lo: Int32Array, hi: Int32Array): Band {
  lo[0] = 0;
  hi[n] = m;
  // Monotone, non-empty rows keep every row reachable from the previous one.
  for (let i = 1; i <= n; i++) if (lo[i]! < lo[i - 1]!) lo[i] = lo[i - 1]!;
  for (let i = n - 1; i >= 0; i--) if (hi[i]! > hi[i + 1]!) hi[i] = hi[i + 1]!;
  for (let i = 0; i <= n; i++) {
    if (lo[i]! < 0) lo[i] = 0;
    if (hi[i]! > m) hi[i] = m;
    if (hi[i]! < lo[i]!) hi[i] = lo[i]!;
  }
  // Adjacent rows must overlap or touch so a 1-0 or 0-1 step can always link them.
  for (let i = 1; i <= n; i++) {
    if (lo[i]! > hi[i - 1]! + 1) lo[i] = Math.min(m, hi[i - 1]! + 1);
    if (hi[i]! < lo[i]!) hi[i] = lo[i]!;
  }
  hi[n] = m;
  const rowStart = new Int32Array(n + 2);
  let t = 0;
  for (let i = 0; i <= n; i++) {
    rowStart[i] = t;
    t += hi[i]! - lo[i]! + 1;
  }
  rowStart[n + 1] = t;
  return { n, m, lo, hi, rowStart, total: t };
}

export function fullBand(n: number, m: number): Band {
  const lo = new Int32Array(n + 1);
  const hi = new Int32Array(n + 1).fill(m);
  return finish(n, m, lo, hi);
}

/**
 * Band of half-width w around a monotone path of lattice points (each point (i, j) given as
 * pairs in `path`, first (0,0), last (n,m)). Points are joined by their bounding boxes so
 * long 1-0 / 0-1 runs stay inside.
 */
export function bandAroundPath(n: number, m: number, path: Array<[number, number]>, w: number): Band {
  const lo = new Int32Array(n + 1).fill(m + 1);
  const hi = new Int32Array(n + 1).fill(-1);
  const mark = (i0: number, i1: number, j0: number, j1: number): void => {
    const a = Math.max(0, i0 - w),
      b = Math.min(n, i1 + w);
    const jl = j0 - w,
      jh = j1 + w;
    for (let i = a; i <= b; i++) {
      if (jl < lo[i]!) lo[i] = jl;
      if (jh > hi[i]!) hi[i] = jh;
    }
  };
  for (let k = 0; k < path.length; k++) {
    const [i, j] = path[k]!;
    const [pi, pj] = k > 0 ? path[k - 1]! : path[k]!;
    mark(Math.min(pi, i), Math.max(pi, i), Math.min(pj, j), Math.max(pj, j));
  }
  for (let i = 0; i <= n; i++)
    if (hi[i]! < 0) {
      lo[i] = 0;
      hi[i] = m;
    }
  return finish(n, m, lo, hi);
}

export function cellIndex(band: Band, i: number, j: number): number {
  if (i < 0 || i > band.n) return -1;
  const l = band.lo[i]!;
  if (j < l || j > band.hi[i]!) return -1;
  return band.rowStart[i]! + j - l;
}
