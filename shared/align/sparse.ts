// Sparse bag-of-features vectors and their weighted overlap (a soft Dice coefficient):
// sim(X, Y) = 2 * sum_k min(x_k, y_k) / (|X| + |Y|). Spans of several sentences are the
// sums of their sentences' vectors, so a 2-1 bead is scored on the concatenation.
//
// All vectors of one document side live in one `VecSet` (compressed rows: sentence s owns
// entries off[s] .. off[s+1]-1), so tens of thousands of sentences cost four typed arrays,
// not tens of thousands of small objects.

export interface VecSet {
  n: number;
  off: Int32Array;
  keys: Int32Array;
  vals: Float32Array;
  /** Total weight of each vector (all entries, also those dropped by `coarsen`). */
  mass: Float64Array;
}

/** Accumulates one vector at a time (entries keep first-insertion order) into a VecSet. */
export class VecSetBuilder {
  private readonly acc: Float64Array;
  private readonly stamp: Int32Array;
  private touched: Int32Array;
  private nt = 0;
  private cur = 1;
  private keys: Int32Array;
  private vals: Float32Array;
  private len = 0;
  private readonly off: Int32Array;
  private readonly mass: Float64Array;
  private count = 0;
  private sel = new Float64Array(256);

  constructor(keySpace: number, vectors: number, capacity = 1024) {
    this.acc = new Float64Array(keySpace);
    this.stamp = new Int32Array(keySpace);
    this.touched = new Int32Array(256);
    this.keys = new Int32Array(Math.max(16, capacity));
    this.vals = new Float32Array(Math.max(16, capacity));
    this.off = new Int32Array(vectors + 1);
    this.mass = new Float64Array(vectors);
  }

  add(k: number, v: number): void {
    if (this.stamp[k] !== this.cur) {
      this.stamp[k] = this.cur;
      this.acc[k] = v;
      if (this.nt === this.touched.length) {
        const t = new Int32Array(this.nt * 2);
        t.set(this.touched);
        this.touched = t;
      }
      this.touched[this.nt++] = k;
    } else this.acc[k] = this.acc[k]! + v;
  }

  private reserve(extra: number): void {
    const need = this.len + extra;
    if (need <= this.keys.length) return;
    let cap = this.keys.length * 2;
    while (cap < need) cap *= 2;
    const k = new Int32Array(cap);
    k.set(this.keys.subarray(0, this.len));
    this.keys = k;
    const v = new Float32Array(cap);
    v.set(this.vals.subarray(0, this.len));
    this.vals = v;
  }

  /** Closes the current vector; with `maxKeys`, only its heaviest entries are kept (the
   *  mass still counts everything), which bounds the cost of coarse blocks. */
  end(maxKeys = Infinity): void {
    const nt = this.nt,
      acc = this.acc,
      t = this.touched;
    let mass = 0;
    for (let q = 0; q < nt; q++) mass += acc[t[q]!]!;
    if (nt <= maxKeys) {
      this.reserve(nt);
      for (let q = 0; q < nt; q++) {
        const k = t[q]!;
        this.keys[this.len] = k;
        this.vals[this.len] = acc[k]!;
        this.len++;
      }
    } else {
      // The maxKeys heaviest, heaviest first, ties in insertion order (what a stable sort
      // and a cut would give), without sorting everything: select the threshold value,
      // take entries above it (and enough equal to it) in order, insertion-sort those.
      const kept = maxKeys;
      if (this.sel.length < nt) this.sel = new Float64Array(Math.max(nt, 2 * this.sel.length));
      const sel = this.sel;
      for (let q = 0; q < nt; q++) sel[q] = acc[t[q]!]!;
      const thr = kthLargest(sel, nt, kept);
      let above = 0;
      for (let q = 0; q < nt; q++) if (acc[t[q]!]! > thr) above++;
      let equal = kept - above;
      this.reserve(kept);
      const start = this.len,
        keys = this.keys;
      let end = start;
      for (let q = 0; q < nt; q++) {
        const k = t[q]!,
          v = acc[k]!;
        if (v > thr || (v === thr && equal-- > 0)) {
          // Insertion sort step (stable, descending by the unrounded weight).
          let p = end++;
          while (p > start && acc[keys[p - 1]!]! < v) {
            keys[p] = keys[p - 1]!;
            p--;
          }
          keys[p] = k;
        }
      }
      for (let p = start; p < end; p++) this.vals[p] = acc[keys[p]!]!;
      this.len = end;
    }
    this.mass[this.count] = mass;
    this.count++;
    this.off[this.count] = this.len;
    this.nt = 0;
    this.cur++;
  }

  finish(): VecSet {
    return { n: this.count, off: this.off, keys: this.keys.slice(0, this.len), vals: this.vals.slice(0, this.len), mass: this.mass };
  }
}

/** The k-th largest of xs[0..n-1] (1-based k <= n); reorders xs. */
function kthLargest(xs: Float64Array, n: number, k: number): number {
  let lo = 0,
    hi = n - 1;
  const want = k - 1;
  while (lo < hi) {
    const pivot = xs[(lo + hi) >> 1]!;
    let i = lo,
      j = hi;
    while (i <= j) {
      while (xs[i]! > pivot) i++;
      while (xs[j]! < pivot) j--;
      if (i <= j) {
        const x = xs[i]!;
        xs[i] = xs[j]!;
        xs[j] = x;
        i++;
        j--;
      }
    }
    if (want <= j) hi = j;
    else if (want >= i) lo = i;
    else return xs[want]!;
  }
  return xs[want]!;
}

/** Blocks of `block` consecutive vectors summed (the last block may be shorter). */
export function coarsen(s: VecSet, keySpace: number, maxKeys: number, block = 2): VecSet {
  const n = Math.ceil(s.n / block);
  const b = new VecSetBuilder(keySpace, n, Math.min(s.keys.length, n * maxKeys) + 16);
  for (let i = 0; i < n; i++) {
    const to = Math.min(block * i + block, s.n);
    for (let x = block * i; x < to; x++) {
      for (let e = s.off[x]!; e < s.off[x + 1]!; e++) b.add(s.keys[e]!, s.vals[e]!);
    }
    b.end(maxKeys);
  }
  return b.finish();
}

/** Scratch space for many overlaps against one fixed source span. */
export class OverlapScratch {
  private readonly a: Float32Array;
  private touchedA: Int32Array = new Int32Array(256);
  private nA = 0;
  massA = 0;

  constructor(keySpace: number) {
    this.a = new Float32Array(keySpace);
  }

  setSource(set: VecSet, from: number, to: number): void {
    const a = this.a;
    for (let q = 0; q < this.nA; q++) a[this.touchedA[q]!] = 0;
    this.nA = 0;
    this.massA = 0;
    for (let s = from; s < to; s++) {
      this.massA += set.mass[s]!;
      for (let e = set.off[s]!; e < set.off[s + 1]!; e++) {
        const k = set.keys[e]!;
        if (a[k] === 0) {
          if (this.nA === this.touchedA.length) {
            const t = new Int32Array(this.nA * 2);
            t.set(this.touchedA);
            this.touchedA = t;
          }
          this.touchedA[this.nA++] = k;
        }
        a[k] = a[k]! + set.vals[e]!;
      }
    }
  }

  /** Sum of min(source, target vector j) over shared keys. */
  overlap(set: VecSet, j: number): number {
    const a = this.a,
      keys = set.keys,
      vals = set.vals;
    let o = 0;
    for (let e = set.off[j]!, end = set.off[j + 1]!; e < end; e++) {
      const x = a[keys[e]!]!;
      if (x > 0) {
        const y = vals[e]!;
        o += x < y ? x : y;
      }
    }
    return o;
  }
}
