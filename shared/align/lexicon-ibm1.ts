// Translation lexicon learned from the document pair itself: IBM Model 1 (Brown et al. 1993)
// trained in both directions by EM on sentence pairs from a first-pass alignment (Moore
// 2002 does the same), plus the editor's confirmed pairs and dictionary entries.
import { type AbortFlag, throwIfAborted } from './abort.js';

export interface TrainingPair {
  src: Int32Array;
  tgt: Int32Array;
  weight: number;
}

/** For each word id, its likely translations as [otherWordId, probability], best first. */
export interface Lexicon {
  s2t: Array<Array<[number, number]>>;
  t2s: Array<Array<[number, number]>>;
}

export interface Ibm1Options {
  iterations: number;
  /** Keep translations with p >= minProb in both directions' lists... */
  minProb: number;
  topK: number;
  /** Cap on (source+1) x (target+1) cells, to bound time and memory on huge inputs. */
  maxCells: number;
  signal?: AbortFlag;
}

export function trainIbm1(pairs: TrainingPair[], vs: number, vt: number, opt: Ibm1Options): Lexicon {
  // Subsample evenly if the corpus is larger than the cell budget.
  let cells = 0;
  for (const p of pairs) cells += (p.src.length + 1) * (p.tgt.length + 1);
  const keepEvery = cells > opt.maxCells ? cells / opt.maxCells : 1;
  const used: TrainingPair[] = [];
  let acc = 0;
  for (const p of pairs) {
    acc += 1;
    if (acc >= keepEvery) {
      acc -= keepEvery;
      used.push(p);
    }
  }
  // Index every co-occurring (s, t) once; 0 is NULL on both sides. Open-addressing hash
  // on the pair key s * W + t (typed arrays: no Map of hundreds of thousands of entries).
  const W = vt + 1;
  let usedCells = 0;
  for (const p of used) usedCells += (p.src.length + 1) * (p.tgt.length + 1);
  // Doubled when half full.
  const big = (vs + 1) * W >= 2 ** 31;
  let bits = 16,
    cap = 1 << bits,
    mask = cap - 1;
  // Slot h holds the key at 2h and the pair id at 2h + 1 (one cache line per probe).
  let hTab: Int32Array | Float64Array = big ? new Float64Array(2 * cap).fill(-1) : new Int32Array(2 * cap).fill(-1);
  let pS = new Int32Array(1024),
    pT = new Int32Array(1024);
  let np = 0;
  const slot = (key: number): number => {
    let h = Math.imul((key % 2147483647) | 0, 0x9e3779b1) >>> (32 - bits);
    for (;;) {
      const k = hTab[2 * h]!;
      if (k === key || k === -1) return h;
      h = (h + 1) & mask;
    }
  };
  const grow = (): void => {
    bits++;
    cap = 1 << bits;
    mask = cap - 1;
    hTab = big ? new Float64Array(2 * cap).fill(-1) : new Int32Array(2 * cap).fill(-1);
    for (let id = 0; id < np; id++) {
      const key = pS[id]! * W + pT[id]!,
        h = slot(key);
      hTab[2 * h] = key;
      hTab[2 * h + 1] = id;
    }
  };
  const cellOff: number[] = [0];
  const ids = new Int32Array(usedCells);
  let nc = 0;
  for (const p of used) {
    for (let i = 0; i <= p.src.length; i++) {
      const s = i === 0 ? 0 : p.src[i - 1]! + 1;
      for (let j = 0; j <= p.tgt.length; j++) {
        const t = j === 0 ? 0 : p.tgt[j - 1]! + 1;
        const key = s * W + t;
        const h = slot(key);
        let id: number;
        if (hTab[2 * h] === key) id = hTab[2 * h + 1]!;
        else {
          if (np === pS.length) {
            const a = new Int32Array(np * 2);
            a.set(pS);
            pS = a;
            const b = new Int32Array(np * 2);
            b.set(pT);
            pT = b;
          }
          id = np++;
          pS[id] = s;
          pT[id] = t;
          hTab[2 * h] = key;
          hTab[2 * h + 1] = id;
          if (np * 2 > cap) grow();
        }
        ids[nc++] = id;
      }
    }
    cellOff.push(nc);
  }
  const P = np;
  const ps = pS,
    pt = pT;
  // tab[4 id .. 4 id + 3] = p(t | s), p(s | t) and their expected counts: one cache line
  // serves a cell's read and its update (the pair table is far larger than the cache).
  const tab = new Float64Array(4 * P);
  for (let id = 0; id < P; id++) {
    tab[4 * id] = 1;
    tab[4 * id + 1] = 1;
  }
  const totS = new Float64Array(vs + 1),
    totT = new Float64Array(vt + 1);
  let maxCells = 0;
  for (let q = 0; q < used.length; q++) maxCells = Math.max(maxCells, cellOff[q + 1]! - cellOff[q]!);
  const lf = new Float64Array(maxCells),
    lb = new Float64Array(maxCells);
  for (let it = 0; it < opt.iterations; it++) {
    throwIfAborted(opt.signal);
    for (let id = 0; id < P; id++) {
      tab[4 * id + 2] = 0;
      tab[4 * id + 3] = 0;
    }
    for (let q = 0; q < used.length; q++) {
      const p = used[q]!;
      eStep(p.src.length + 1, p.tgt.length + 1, p.weight, ids, cellOff[q]!, tab, lf, lb);
    }
    totS.fill(0);
    totT.fill(0);
    for (let id = 0; id < P; id++) {
      totS[ps[id]!] = totS[ps[id]!]! + tab[4 * id + 2]!;
      totT[pt[id]!] = totT[pt[id]!]! + tab[4 * id + 3]!;
    }
    for (let id = 0; id < P; id++) {
      const a = totS[ps[id]!]!,
        b = totT[pt[id]!]!;
      tab[4 * id] = a > 0 ? tab[4 * id + 2]! / a : 0;
      tab[4 * id + 1] = b > 0 ? tab[4 * id + 3]! / b : 0;
    }
  }
  const s2t: Array<Array<[number, number]>> = Array.from({ length: vs }, () => []);
  const t2s: Array<Array<[number, number]>> = Array.from({ length: vt }, () => []);
  for (let id = 0; id < P; id++) {
    const s = ps[id]!,
      t = pt[id]!;
    if (s === 0 || t === 0) continue;
    const f = tab[4 * id]!,
      b = tab[4 * id + 1]!;
    if (f >= opt.minProb) s2t[s - 1]!.push([t - 1, f]);
    if (b >= opt.minProb) t2s[t - 1]!.push([s - 1, b]);
  }
  const trim = (l: Array<[number, number]>): Array<[number, number]> => l.sort((x, y) => y[1] - x[1]).slice(0, opt.topK);
  return { s2t: s2t.map(trim), t2s: t2s.map(trim) };
}

/** Expected counts of one training pair (I x J cells, 0 = NULL on each side), added to
 *  tab (see trainIbm1); lf / lb are scratch. */
function eStep(I: number, J: number, w: number, ids: Int32Array, off: number, tab: Float64Array, lf: Float64Array, lb: Float64Array): void {
  const IJ = I * J;
  for (let c = 0; c < IJ; c++) {
    const x = 4 * ids[off + c]!;
    lf[c] = tab[x]!;
    lb[c] = tab[x + 1]!;
  }
  // Forward: each target word (j >= 1) is generated by one source word or NULL.
  for (let c = 0; c < IJ; c += J) lf[c] = 0;
  for (let j = 1; j < J; j++) {
    let d = 0;
    for (let c = j; c < IJ; c += J) d += lf[c]!;
    for (let c = j; c < IJ; c += J) lf[c] = (w * lf[c]!) / d;
  }
  // Backward: each source word (i >= 1) is generated by one target word or NULL.
  for (let c = 0; c < J; c++) lb[c] = 0;
  for (let i = 1; i < I; i++) {
    let d = 0;
    for (let c = i * J; c < i * J + J; c++) d += lb[c]!;
    for (let c = i * J; c < i * J + J; c++) lb[c] = (w * lb[c]!) / d;
  }
  for (let c = 0; c < IJ; c++) {
    const x = 4 * ids[off + c]!;
    tab[x + 2] = tab[x + 2]! + lf[c]!;
    tab[x + 3] = tab[x + 3]! + lb[c]!;
  }
}

/** Raise the probability of dictionary pairs (single words known on both sides). */
export function addDictionary(lex: Lexicon, entries: Array<[number, number]>, prob: number): void {
  const setMax = (l: Array<[number, number]>, w: number, p: number): void => {
    const e = l.find((x) => x[0] === w);
    if (e) e[1] = Math.max(e[1], p);
    else l.push([w, p]);
    l.sort((x, y) => y[1] - x[1]);
  };
  for (const [s, t] of entries) {
    setMax(lex.s2t[s]!, t, prob);
    setMax(lex.t2s[t]!, s, prob);
  }
}
