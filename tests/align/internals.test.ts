// The speed-path building blocks agree with their plain definitions: interning scanner vs
// tokenize(), top-k coarsening vs sort-and-cut, row-by-row Viterbi vs the full-table DP,
// linear-space posteriors vs brute-force path enumeration, IBM-1 hash table vs a Map.
import { describe, expect, it } from 'vitest';
import { scanInterned, tokenize, WordInterner, WORD } from '../../shared/align/tokenize.js';
import { VecSetBuilder, coarsen } from '../../shared/align/sparse.js';
import { fullBand, bandAroundPath } from '../../shared/align/band.js';
import { runDp, runViterbi, type BeadType } from '../../shared/align/dp.js';
import { trainIbm1 } from '../../shared/align/lexicon-ibm1.js';

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

const TYPES: BeadType[] = [
  { a: 1, b: 1 },
  { a: 1, b: 0 },
  { a: 0, b: 1 },
  { a: 2, b: 1 },
  { a: 1, b: 2 },
  { a: 2, b: 2 },
  { a: 3, b: 1 },
  { a: 1, b: 3 },
];

describe('scanInterned', () => {
  it('yields the same tokens as tokenize()', () => {
    const texts = [
      'The Committee met in BRUSSELS on 07 May 2021: «Quelle équipe!» said Ådne (again).',
      'ÉTAT de l’Union; l’Île-de-France? İstanbul and the Kelvin sign \u212A. naïve NAÏVE Naïve',
      'the THE The tHe 0007 0 00 ; ; « » “quoted” „low“',
      '',
    ];
    const wi = new WordInterner();
    for (const t of texts) {
      const got: Array<[string, string, boolean]> = [];
      scanInterned(t, wi, (kind, id, norm, name) => {
        got.push([kind === WORD ? 'word' : kind === 1 ? 'num' : 'punct', kind === WORD ? wi.words[id]! : norm, name]);
      });
      expect(got).toEqual(tokenize(t).map((x) => [x.kind, x.norm, x.name]));
    }
    // One id per distinct lowercased word.
    expect(new Set(wi.words).size).toBe(wi.words.length);
  });
});

describe('coarsen', () => {
  it('keeps the heaviest keys, heaviest first, ties in insertion order; mass counts all', () => {
    const r = rng(3);
    const b = new VecSetBuilder(500, 40);
    const vecs: Array<Map<number, number>> = [];
    for (let s = 0; s < 40; s++) {
      const m = new Map<number, number>();
      for (let q = 0; q < 30; q++) {
        const k = Math.floor(r() * 500),
          v = Math.floor(r() * 4) / 2 + 0.5; // many ties
        b.add(k, v);
        m.set(k, (m.get(k) ?? 0) + v);
      }
      b.end();
      vecs.push(m);
    }
    const set = b.finish();
    const c = coarsen(set, 500, 12);
    for (let i = 0; i < c.n; i++) {
      const sum = new Map<number, number>();
      for (const s of [2 * i, 2 * i + 1]) {
        for (let e = set.off[s]!; e < set.off[s + 1]!; e++) sum.set(set.keys[e]!, (sum.get(set.keys[e]!) ?? 0) + set.vals[e]!);
      }
      const want = [...sum.entries()].sort((x, y) => y[1] - x[1]).slice(0, 12);
      const got = Array.from(c.keys.subarray(c.off[i]!, c.off[i + 1]!));
      expect(got).toEqual(want.map((x) => x[0]));
      let mass = 0;
      for (const v of sum.values()) mass += v;
      expect(c.mass[i]).toBeCloseTo(mass, 9);
    }
  });
});

function randomCosts(total: number, K: number, r: () => number): Float32Array {
  const c = new Float32Array(total * K);
  for (let x = 0; x < c.length; x++) c[x] = r() * 8 - 2;
  return c;
}

/** Costs as runDp expects them: Infinity where a bead would start outside the band. */
function maskCosts(band: ReturnType<typeof fullBand>, cost: Float32Array): Float32Array {
  const K = TYPES.length;
  for (let i = 0; i <= band.n; i++) {
    for (let j = band.lo[i]!; j <= band.hi[i]!; j++) {
      const c = band.rowStart[i]! + j - band.lo[i]!;
      for (let k = 0; k < K; k++) {
        const pi = i - TYPES[k]!.a,
          pj = j - TYPES[k]!.b;
        if (pi < 0 || pi > band.n || pj < band.lo[pi]! || pj > band.hi[pi]!) cost[c * K + k] = Infinity;
      }
    }
  }
  return cost;
}

describe('dynamic programming', () => {
  it('row-by-row Viterbi finds the same path as the full-table DP', () => {
    const r = rng(11);
    for (let t = 0; t < 20; t++) {
      const n = 5 + Math.floor(r() * 60),
        m = 5 + Math.floor(r() * 60);
      const path: Array<[number, number]> = [];
      for (let i = 0; i <= n; i++) path.push([i, Math.round((i * m) / n)]);
      const band = t % 2 ? fullBand(n, m) : bandAroundPath(n, m, path, 3);
      const K = TYPES.length;
      const cost = maskCosts(band, randomCosts(band.total, K, r));
      const full = runDp(band, TYPES, Float32Array.from(cost), 1, undefined, true);
      const vit = runViterbi(band, TYPES, (i, out, off) => {
        const w = band.hi[i]! - band.lo[i]! + 1;
        out.set(cost.subarray(band.rowStart[i]! * K, (band.rowStart[i]! + w) * K), off);
      });
      expect(vit.map((b) => [b.i0, b.a, b.j0, b.b])).toEqual(full.map((b) => [b.i0, b.a, b.j0, b.b]));
      for (const b of full) {
        expect(b.posterior).toBeGreaterThanOrEqual(0);
        expect(b.posterior).toBeLessThanOrEqual(1);
      }
    }
  });

  it('posteriors match brute-force enumeration of all paths', () => {
    const r = rng(5);
    for (let t = 0; t < 5; t++) {
      const n = 3 + (t % 2),
        m = 3 + Math.floor(t / 2);
      const band = fullBand(n, m);
      const K = TYPES.length;
      const cost = maskCosts(band, randomCosts(band.total, K, r));
      const beads = runDp(band, TYPES, Float32Array.from(cost), 1, undefined, true);
      // Enumerate every monotone path; sum exp(-cost) of those using each Viterbi bead.
      const cellCost = (i: number, j: number, k: number): number => cost[(band.rowStart[i]! + j - band.lo[i]!) * K + k]!;
      let Z = 0;
      const through = new Map<string, number>();
      const walk = (i: number, j: number, w: number, used: string[]): void => {
        if (i === n && j === m) {
          Z += w;
          for (const u of used) through.set(u, (through.get(u) ?? 0) + w);
          return;
        }
        for (let k = 0; k < K; k++) {
          const ni = i + TYPES[k]!.a,
            nj = j + TYPES[k]!.b;
          if (ni > n || nj > m) continue;
          const c = cellCost(ni, nj, k);
          if (!(c < Infinity)) continue;
          walk(ni, nj, w * Math.exp(-c), [...used, `${i},${j},${k}`]);
        }
      };
      walk(0, 0, 1, []);
      for (const b of beads) {
        const k = TYPES.findIndex((x) => x.a === b.a && x.b === b.b);
        expect(b.posterior).toBeCloseTo((through.get(`${b.i0},${b.j0},${k}`) ?? 0) / Z, 5);
      }
    }
  });
});

describe('trainIbm1', () => {
  it('learns a clean one-to-one lexicon from repeated pairs', () => {
    const pairs = [];
    const r = rng(9);
    for (let q = 0; q < 300; q++) {
      const src = Int32Array.from({ length: 4 }, () => Math.floor(r() * 20));
      pairs.push({ src, tgt: Int32Array.from(src, (w) => w + 100), weight: 1 });
    }
    const lex = trainIbm1(pairs, 20, 120, { iterations: 8, minProb: 0.05, topK: 3, maxCells: 1e6 });
    for (let w = 0; w < 20; w++) expect(lex.s2t[w]![0]![0]).toBe(w + 100);
  });
});
