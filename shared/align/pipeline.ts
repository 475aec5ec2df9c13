// The alignment pipeline: surface features -> first pass (coarse-to-fine when large) ->
// lexicon from the first pass -> second pass with lexical evidence -> beads + confidences.
import type { AlignOptions, Bead } from './types.js';
import { type Band, fullBand, bandAroundPath } from './band.js';
import { type BeadType, type DpBead, runDp } from './dp.js';
import { KeyInterner, buildSide, type SideFeatures } from './features.js';
import { type SparseVec, sumVecs, vecFromMap } from './sparse.js';
import { type CostParams, type SideVecs, buildCostTable, sampleBaselines } from './scorer.js';
import { type Lexicon, type TrainingPair, trainIbm1, addDictionary } from './lexicon-ibm1.js';
import { tokenize } from './tokenize.js';
import { throwIfAborted } from './abort.js';
import { DEFAULT_TUNING, type Tuning } from './params.js';

function pathOf(beads: DpBead[]): Array<[number, number]> {
  const p: Array<[number, number]> = [[0, 0]];
  for (const b of beads) p.push([b.i0 + b.a, b.j0 + b.b]);
  return p;
}

function alignBand(band: Band, types: BeadType[], src: SideVecs, tgt: SideVecs, keySpace: number,
  cp: CostParams, tu: Tuning, opts: AlignOptions, posteriors: boolean): DpBead[] {
  const base = sampleBaselines(src, tgt, types, keySpace);
  const cost = buildCostTable(band, types, src, tgt, keySpace, cp, base, opts.signal);
  return runDp(band, types, cost, tu.temperature, opts.signal, posteriors);
}

function coarsen(s: SideVecs, tu: Tuning): SideVecs {
  const n = Math.ceil(s.vecs.length / 2);
  const lens = new Float64Array(n);
  const vecs: SparseVec[] = [];
  for (let i = 0; i < n; i++) {
    const a = 2 * i, b = Math.min(2 * i + 2, s.vecs.length);
    let l = 0;
    for (let k = a; k < b; k++) l += s.lens[k]!;
    lens[i] = l;
    vecs.push(sumVecs(s.vecs.slice(a, b), tu.coarseKeys));
  }
  return { lens, vecs };
}

/** Pass 1: full DP for small inputs; otherwise align halved inputs recursively and refine
 *  inside a constant-width band around the projected path (linear in the input length). */
function firstPass(src: SideVecs, tgt: SideVecs, keySpace: number, tu: Tuning, opts: AlignOptions, top = true): DpBead[] {
  const n = src.vecs.length, m = tgt.vecs.length;
  if (n * m <= tu.fullLimit || n < 4 || m < 4) {
    return alignBand(fullBand(n, m), tu.types, src, tgt, keySpace, tu.pass1, tu, opts, top);
  }
  const cs = coarsen(src, tu), ct = coarsen(tgt, tu);
  const coarse = firstPass(cs, ct, keySpace, tu, opts, false);
  const proj = pathOf(coarse).map(([i, j]): [number, number] => [Math.min(2 * i, n), Math.min(2 * j, m)]);
  const band = bandAroundPath(n, m, proj, tu.coarseWidth);
  // Posteriors (for picking lexicon training pairs) only pay off on small inputs.
  return alignBand(band, tu.types, src, tgt, keySpace, tu.pass1, tu, opts, false);
}

function vocabIndex(side: SideFeatures): Map<string, number> {
  const m = new Map<string, number>();
  side.vocab.forEach((w, i) => m.set(w, i));
  return m;
}

function wordIds(texts: string[], idx: Map<string, number>): Int32Array {
  const ids: number[] = [];
  for (const t of texts) for (const tok of tokenize(t)) {
    if (tok.kind !== 'word') continue;
    const id = idx.get(tok.norm);
    if (id !== undefined) ids.push(id);
  }
  return Int32Array.from(ids);
}

function concatWords(side: SideFeatures, from: number, to: number): Int32Array {
  let len = 0;
  for (let k = from; k < to; k++) len += side.words[k]!.length;
  const out = new Int32Array(len);
  let o = 0;
  for (let k = from; k < to; k++) { out.set(side.words[k]!, o); o += side.words[k]!.length; }
  return out;
}

function learnLexicon(S: SideFeatures, Tg: SideFeatures, beads: DpBead[], tu: Tuning, opts: AlignOptions, strongOnly: boolean): Lexicon {
  const pairs: TrainingPair[] = [];
  for (const b of beads) {
    // On comparable documents weak links would teach the lexicon chance co-occurrences.
    if (b.a === 0 || b.b === 0 || b.posterior < tu.trainMinPosterior || (strongOnly && b.cost > tu.weakLinkCost)) continue;
    pairs.push({ src: concatWords(S, b.i0, b.i0 + b.a), tgt: concatWords(Tg, b.j0, b.j0 + b.b), weight: 1 });
  }
  const si = vocabIndex(S), ti = vocabIndex(Tg);
  for (const c of opts.confirmed ?? []) {
    pairs.push({ src: wordIds(c.src, si), tgt: wordIds(c.tgt, ti), weight: tu.confirmedWeight });
  }
  const single: Array<[number, number]> = [];
  for (const [s, t] of opts.dictionary ?? []) {
    const a = wordIds([s], si), b = wordIds([t], ti);
    if (a.length === 0 || b.length === 0) continue;
    pairs.push({ src: a, tgt: b, weight: tu.dictionaryWeight });
    if (a.length === 1 && b.length === 1) single.push([a[0]!, b[0]!]);
  }
  const lex = trainIbm1(pairs, S.vocab.length, Tg.vocab.length, {
    iterations: tu.ibmIterations, minProb: tu.ibmMinProb, topK: tu.ibmTopK, maxCells: tu.ibmMaxCells, signal: opts.signal,
  });
  addDictionary(lex, single, tu.dictionaryProb);
  return lex;
}

/** Surface vector plus lexicon entries. Target sentences carry their own words under
 *  "target word" keys; source words carry their likely translations under the same keys,
 *  weighted by the average of both IBM-1 directions (one shared space keeps vectors short). */
function sourceLexVecs(side: SideFeatures, tKey: number, trans: Array<Array<[number, number]>>, tu: Tuning): SparseVec[] {
  return side.surface.map((sv, s) => {
    const m = new Map<number, number>();
    for (let i = 0; i < sv.keys.length; i++) m.set(sv.keys[i]!, sv.vals[i]! * tu.surfaceWeight);
    const ws = side.words[s]!, ww = side.weights[s]!;
    for (let i = 0; i < ws.length; i++) {
      if (ww[i]! < tu.lexMinIdf) continue;
      const w = ww[i]! * tu.lexWeight;
      for (const [t, p] of trans[ws[i]!]!) {
        const kt = tKey + t;
        m.set(kt, (m.get(kt) ?? 0) + w * p);
      }
    }
    return vecFromMap(m);
  });
}

function targetLexVecs(side: SideFeatures, tKey: number, tu: Tuning): SparseVec[] {
  return side.surface.map((sv, s) => {
    const m = new Map<number, number>();
    for (let i = 0; i < sv.keys.length; i++) m.set(sv.keys[i]!, sv.vals[i]! * tu.surfaceWeight);
    const ws = side.words[s]!, ww = side.weights[s]!;
    for (let i = 0; i < ws.length; i++) {
      if (ww[i]! < tu.lexMinIdf) continue;
      const k = tKey + ws[i]!;
      m.set(k, (m.get(k) ?? 0) + ww[i]! * tu.lexWeight);
    }
    return vecFromMap(m);
  });
}

/** p(t|s) and p(s|t) averaged per source word, best first. */
function symmetric(lex: Lexicon, topK: number): Array<Array<[number, number]>> {
  return lex.s2t.map((l, s) => {
    const m = new Map<number, number>();
    for (const [t, p] of l) m.set(t, p / 2);
    for (const [t] of l) for (const [s2, q] of lex.t2s[t]!) if (s2 === s) m.set(t, (m.get(t) ?? 0) + q / 2);
    return [...m.entries()].sort((a, b) => b[1] - a[1]).slice(0, topK);
  });
}

/** Pass-2 cost parameters for this document: between the parallel and the comparable
 *  settings, by how many sentences pass 1 could link only weakly. */
function comparability(beads: DpBead[], n: number, m: number, tu: Tuning): number {
  let weak = 0;
  for (const b of beads) if (b.a > 0 && b.b > 0 && b.cost > tu.weakLinkCost) weak += b.a + b.b;
  for (const b of beads) if (b.a === 0 || b.b === 0) weak += b.a + b.b;
  const f = weak / (n + m);
  return Math.min(1, Math.max(0, (f - tu.parallelAt) / (tu.comparableAt - tu.parallelAt)));
}

/** Pass-2 costs: parallel settings at x = 0, comparable ones at x = 1. */
function adaptiveParams(x: number, tu: Tuning): CostParams {
  const P = tu.pass2, C = tu.pass2Comparable;
  const mix = (u: number, v: number): number => u + (v - u) * x;
  return { ...P, nullCost: mix(P.nullCost, C.nullCost), wLen: mix(P.wLen, C.wLen), wSim: mix(P.wSim, C.wSim),
    zOffset: mix(P.zOffset, C.zOffset) };
}

function nullBeads(n: number, m: number): Bead[] {
  const out: Bead[] = [];
  for (let i = 0; i < n; i++) out.push({ src: [i], tgt: [], confidence: 1 });
  for (let j = 0; j < m; j++) out.push({ src: [], tgt: [j], confidence: 1 });
  return out;
}

function range(a: number, n: number): number[] {
  return Array.from({ length: n }, (_, k) => a + k);
}

export function alignWithTuning(src: string[], tgt: string[], opts: AlignOptions = {}, tu: Tuning = DEFAULT_TUNING): Bead[] {
  throwIfAborted(opts.signal);
  const n = src.length, m = tgt.length;
  if (n === 0 || m === 0) return nullBeads(n, m);
  const same = !!opts.srcLang && !!opts.tgtLang && opts.srcLang.toLowerCase() === opts.tgtLang.toLowerCase();
  const total = same ? 3 : 2 + tu.rounds * 2;
  let done = 0;
  const progress = (): void => { done++; opts.onProgress?.(done, total); };

  const keys = new KeyInterner();
  const fo = { sameLanguage: same, smallNumber: tu.smallNumber, nameBoost: tu.nameBoost };
  const S = buildSide(src, keys, fo), Tg = buildSide(tgt, keys, fo);
  progress();
  let beads = firstPass({ lens: S.lens, vecs: S.surface }, { lens: Tg.lens, vecs: Tg.surface }, keys.size, tu, opts);
  progress();
  const x = comparability(beads, n, m, tu);
  const cp2 = adaptiveParams(x, tu);
  if (same) {
    // Versions: re-run on the same features with the costs fitted to this document.
    beads = alignBand(n * m <= tu.fullLimit ? fullBand(n, m) : bandAroundPath(n, m, pathOf(beads), tu.refineWidth),
      tu.types, { lens: S.lens, vecs: S.surface }, { lens: Tg.lens, vecs: Tg.surface }, keys.size, cp2, tu, opts, true);
    progress();
  } else {
    const tKey = keys.size, space = tKey + Tg.vocab.length;
    for (let r = 0; r < tu.rounds; r++) {
      const lex = learnLexicon(S, Tg, beads, tu, opts, false);
      progress();
      const sv: SideVecs = { lens: S.lens, vecs: sourceLexVecs(S, tKey, symmetric(lex, tu.ibmTopK), tu) };
      const tv: SideVecs = { lens: Tg.lens, vecs: targetLexVecs(Tg, tKey, tu) };
      const band = n * m <= tu.fullLimit ? fullBand(n, m) : bandAroundPath(n, m, pathOf(beads), tu.refineWidth);
      beads = alignBand(band, tu.types, sv, tv, space, cp2, tu, opts, true);
      progress();
    }
  }
  return beads.map((b) => ({ src: range(b.i0, b.a), tgt: range(b.j0, b.b), confidence: b.posterior }));
}
