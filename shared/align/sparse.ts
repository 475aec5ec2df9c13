// Sparse bag-of-features vectors and their weighted overlap (a soft Dice coefficient):
// sim(X, Y) = 2 * sum_k min(x_k, y_k) / (|X| + |Y|). Spans of several sentences are the
// sums of their sentences' vectors, so a 2-1 bead is scored on the concatenation.

export interface SparseVec {
  keys: Int32Array;
  vals: Float32Array;
  mass: number;
}

export const EMPTY_VEC: SparseVec = { keys: new Int32Array(0), vals: new Float32Array(0), mass: 0 };

export function vecFromMap(m: Map<number, number>): SparseVec {
  const keys = new Int32Array(m.size);
  const vals = new Float32Array(m.size);
  let i = 0, mass = 0;
  for (const [k, v] of m) {
    keys[i] = k;
    vals[i] = v;
    mass += v;
    i++;
  }
  return { keys, vals, mass };
}

/** Sum of vectors; with `maxKeys`, only the heaviest entries are kept (mass still counts
 *  everything), which bounds the cost of coarse blocks of many sentences. */
export function sumVecs(vs: SparseVec[], maxKeys = Infinity): SparseVec {
  const m = new Map<number, number>();
  for (const v of vs) for (let i = 0; i < v.keys.length; i++) m.set(v.keys[i]!, (m.get(v.keys[i]!) ?? 0) + v.vals[i]!);
  if (m.size <= maxKeys) return vecFromMap(m);
  let mass = 0;
  for (const x of m.values()) mass += x;
  const top = [...m.entries()].sort((a, b) => b[1] - a[1]).slice(0, maxKeys);
  const r = vecFromMap(new Map(top));
  return { keys: r.keys, vals: r.vals, mass };
}

/** Scratch space for many overlaps against one fixed source span. */
export class OverlapScratch {
  private readonly a: Float32Array;
  private readonly b: Float32Array;
  private touchedA: number[] = [];
  private touchedB: number[] = [];
  massA = 0;

  constructor(keySpace: number) {
    this.a = new Float32Array(keySpace);
    this.b = new Float32Array(keySpace);
  }

  setSource(vecs: SparseVec[], from: number, to: number): void {
    for (const k of this.touchedA) this.a[k] = 0;
    this.touchedA.length = 0;
    this.massA = 0;
    for (let s = from; s < to; s++) {
      const v = vecs[s]!;
      this.massA += v.mass;
      for (let i = 0; i < v.keys.length; i++) {
        const k = v.keys[i]!;
        if (this.a[k] === 0) this.touchedA.push(k);
        this.a[k] = this.a[k]! + v.vals[i]!;
      }
    }
  }

  /** Sum of min(source, target span) over shared keys. */
  overlap(vecs: SparseVec[], from: number, to: number): number {
    const a = this.a;
    if (to - from === 1) {
      const v = vecs[from]!;
      let o = 0;
      for (let i = 0; i < v.keys.length; i++) {
        const x = a[v.keys[i]!]!;
        if (x > 0) { const y = v.vals[i]!; o += x < y ? x : y; }
      }
      return o;
    }
    const b = this.b, tb = this.touchedB;
    for (let s = from; s < to; s++) {
      const v = vecs[s]!;
      for (let i = 0; i < v.keys.length; i++) {
        const k = v.keys[i]!;
        if (a[k]! > 0) {
          if (b[k] === 0) tb.push(k);
          b[k] = b[k]! + v.vals[i]!;
        }
      }
    }
    let o = 0;
    for (const k of tb) {
      const x = a[k]!, y = b[k]!;
      o += x < y ? x : y;
      b[k] = 0;
    }
    tb.length = 0;
    return o;
  }
}
