// Cosine similarity of TF-IDF vectors for every pair of documents, computed from an inverted
// index so the work is proportional to shared features, not to all pairs × all features.
// Results are kept in flat upper-triangle arrays (pair i<j at triangleIndex(n, i, j)).
import type { Bag } from './features.js';

export interface Similarity {
  n: number;
  /** Cosine per pair. */
  cosine: Float32Array;
  /** Number of shared (retained) features per pair. */
  shared: Uint16Array;
  /** idf of each retained feature. */
  idf: Map<string, number>;
}

/** Features in more than this share of documents are ignored once a collection is big enough
 * to say so: they are the collection's common vocabulary and cost O(df²) to index. */
export const MAX_DF_SHARE = 0.5;
export const MIN_DOCS_FOR_DF_CAP = 50;

export function triangleIndex(n: number, i: number, j: number): number {
  return i * n - (i * (i + 1)) / 2 + (j - i - 1);
}

/** Feature keys are "type:value"; a type's weight scales all its features. */
export type TypeWeights = Record<string, number>;

function typeOf(key: string): string {
  const i = key.indexOf(':');
  return i < 0 ? key : key.slice(0, i);
}

export function cosineAllPairs(bags: Bag[], weights: TypeWeights = {}): Similarity {
  const n = bags.length;
  const df = new Map<string, number>();
  for (const bag of bags) for (const k of bag.keys()) df.set(k, (df.get(k) ?? 0) + 1);
  const maxDf = n >= MIN_DOCS_FOR_DF_CAP ? Math.floor(n * MAX_DF_SHARE) : n;
  const idf = new Map<string, number>();
  // ln(1 + N/df) never reaches 0, so even a two-document collection keeps its shared words.
  for (const [k, d] of df) if (d <= maxDf) idf.set(k, Math.log(1 + n / d));

  // Postings of features shared by at least two documents, as parallel typed arrays.
  const postingDocs = new Map<string, number[]>();
  const postingWeights = new Map<string, number[]>();
  bags.forEach((bag, doc) => {
    let norm = 0;
    const entries: Array<[string, number]> = [];
    for (const [k, tf] of bag) {
      const w = idf.get(k);
      if (w === undefined) continue;
      const x = (1 + Math.log(tf)) * w * (weights[typeOf(k)] ?? 1);
      norm += x * x;
      if ((df.get(k) ?? 0) >= 2) entries.push([k, x]);
    }
    norm = Math.sqrt(norm) || 1;
    for (const [k, x] of entries) {
      let ds = postingDocs.get(k);
      let ws = postingWeights.get(k);
      if (!ds || !ws) {
        postingDocs.set(k, (ds = []));
        postingWeights.set(k, (ws = []));
      }
      ds.push(doc);
      ws.push(x / norm);
    }
  });

  const size = (n * (n - 1)) / 2;
  const cosine = new Float32Array(size);
  const shared = new Uint16Array(size);
  for (const [k, dl] of postingDocs) {
    const ds = Int32Array.from(dl);
    const ws = Float64Array.from(postingWeights.get(k) ?? []);
    const len = ds.length;
    for (let a = 0; a < len; a++) {
      const i = ds[a] as number;
      const wi = ws[a] as number;
      const base = i * n - (i * (i + 1)) / 2 - i - 1;
      for (let b = a + 1; b < len; b++) {
        const idx = base + (ds[b] as number);
        cosine[idx] = (cosine[idx] as number) + wi * (ws[b] as number);
        if ((shared[idx] as number) < 65535) shared[idx] = (shared[idx] as number) + 1;
      }
    }
  }
  return { n, cosine, shared, idf };
}
