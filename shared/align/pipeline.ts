// The alignment pipeline: surface features -> first pass (coarse-to-fine when large) ->
// lexicon from the first pass -> second pass with lexical evidence -> beads + confidences.
import type { AlignOptions, Bead } from './types.js';
import { type Band, fullBand, bandAroundPath } from './band.js';
import { type BeadType, type DpBead, runDp, runViterbi } from './dp.js';
import { KeyInterner, buildSide, type SideFeatures } from './features.js';
import { OverlapScratch, VecSetBuilder, coarsen, type VecSet } from './sparse.js';
import { type CostParams, type SideVecs, buildCostTable, costRows, sampleBaselines } from './scorer.js';
import { type Lexicon, type TrainingPair, trainIbm1, addDictionary } from './lexicon-ibm1.js';
import { tokenize } from './tokenize.js';
import { throwIfAborted } from './abort.js';
import { DEFAULT_TUNING, type Tuning } from './params.js';

function pathOf(beads: DpBead[]): Array<[number, number]> {
  const p: Array<[number, number]> = [[0, 0]];
  for (const b of beads) p.push([b.i0 + b.a, b.j0 + b.b]);
  return p;
}

function alignBand(
  band: Band,
  types: BeadType[],
  src: SideVecs,
  tgt: SideVecs,
  scratch: OverlapScratch,
  cp: CostParams,
  tu: Tuning,
  opts: AlignOptions,
  posteriors: boolean,
): DpBead[] {
  const base = sampleBaselines(src, tgt, types, scratch);
  // Without posteriors only the Viterbi path is needed: costs row by row, no table.
  if (!posteriors) return runViterbi(band, types, costRows(band, types, src, tgt, scratch, cp, base), opts.signal);
  const cost = buildCostTable(band, types, src, tgt, scratch, cp, base, opts.signal);
  return runDp(band, types, cost, tu.temperature, opts.signal, true);
}

function coarsenSide(s: SideVecs, keySpace: number, tu: Tuning): SideVecs {
  const n = Math.ceil(s.vecs.n / 2);
  const lens = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const a = 2 * i,
      b = Math.min(2 * i + 2, s.vecs.n);
    let l = 0;
    for (let k = a; k < b; k++) l += s.lens[k]!;
    lens[i] = l;
  }
  return { lens, vecs: coarsen(s.vecs, keySpace, tu.coarseKeys) };
}

/** Pass 1: full DP for small inputs; otherwise align halved inputs recursively and refine
 *  inside a constant-width band around the projected path (linear in the input length). */
function firstPass(src: SideVecs, tgt: SideVecs, scratch: OverlapScratch, keySpace: number, tu: Tuning, opts: AlignOptions, top = true): DpBead[] {
  const n = src.vecs.n,
    m = tgt.vecs.n;
  if (n * m <= tu.fullLimit || n < 4 || m < 4) {
    return alignBand(fullBand(n, m), tu.types, src, tgt, scratch, tu.pass1, tu, opts, top);
  }
  const cs = coarsenSide(src, keySpace, tu),
    ct = coarsenSide(tgt, keySpace, tu);
  const coarse = firstPass(cs, ct, scratch, keySpace, tu, opts, false);
  const proj = pathOf(coarse).map(([i, j]): [number, number] => [Math.min(2 * i, n), Math.min(2 * j, m)]);
  const band = bandAroundPath(n, m, proj, tu.coarseWidth);
  // Posteriors (for picking lexicon training pairs) only pay off on small inputs.
  return alignBand(band, tu.types, src, tgt, scratch, tu.pass1, tu, opts, false);
}

function inside(beads: DpBead[], band: Band): boolean {
  for (const b of beads) {
    const i = b.i0 + b.a,
      j = b.j0 + b.b;
    if (j < band.lo[i]! || j > band.hi[i]!) return false;
  }
  return true;
}

/** Pass 2 (with posteriors) around pass 1's path: full DP when small; else first a narrow
 *  band, accepted when its path keeps a margin of 2 from the band's edge (on parallel text
 *  pass 2 moves at most a sentence or two off pass 1), otherwise the wide band. */
function refine(guide: DpBead[], src: SideVecs, tgt: SideVecs, scratch: OverlapScratch, cp: CostParams, tu: Tuning, opts: AlignOptions): DpBead[] {
  const n = src.vecs.n,
    m = tgt.vecs.n;
  if (n * m <= tu.fullLimit) return alignBand(fullBand(n, m), tu.types, src, tgt, scratch, cp, tu, opts, true);
  const path = pathOf(guide);
  if (tu.refineNarrow < tu.refineWidth) {
    const out = alignBand(bandAroundPath(n, m, path, tu.refineNarrow), tu.types, src, tgt, scratch, cp, tu, opts, true);
    if (inside(out, bandAroundPath(n, m, path, Math.max(0, tu.refineNarrow - 2)))) return out;
  }
  return alignBand(bandAroundPath(n, m, path, tu.refineWidth), tu.types, src, tgt, scratch, cp, tu, opts, true);
}

function wordIds(texts: string[], idx: Map<string, number>): Int32Array {
  const ids: number[] = [];
  for (const t of texts)
    for (const tok of tokenize(t)) {
      if (tok.kind !== 'word') continue;
      const id = idx.get(tok.norm);
      if (id !== undefined) ids.push(id);
    }
  return Int32Array.from(ids);
}

function learnLexicon(S: SideFeatures, Tg: SideFeatures, beads: DpBead[], tu: Tuning, opts: AlignOptions, strongOnly: boolean): Lexicon {
  const pairs: TrainingPair[] = [];
  for (const b of beads) {
    // On comparable documents weak links would teach the lexicon chance co-occurrences.
    if (b.a === 0 || b.b === 0 || b.posterior < tu.trainMinPosterior || (strongOnly && b.cost > tu.weakLinkCost)) continue;
    // The words of consecutive sentences are contiguous: views, no copies.
    pairs.push({ src: S.wIds.subarray(S.wOff[b.i0]!, S.wOff[b.i0 + b.a]!), tgt: Tg.wIds.subarray(Tg.wOff[b.j0]!, Tg.wOff[b.j0 + b.b]!), weight: 1 });
  }
  const index = (side: SideFeatures): Map<string, number> => new Map(side.vocab.map((w, i) => [w, i]));
  const extra = (opts.confirmed?.length ?? 0) + (opts.dictionary?.length ?? 0) > 0;
  const si = extra ? index(S) : new Map<string, number>(),
    ti = extra ? index(Tg) : new Map<string, number>();
  for (const c of opts.confirmed ?? []) {
    pairs.push({ src: wordIds(c.src, si), tgt: wordIds(c.tgt, ti), weight: tu.confirmedWeight });
  }
  const single: Array<[number, number]> = [];
  for (const [s, t] of opts.dictionary ?? []) {
    const a = wordIds([s], si),
      b = wordIds([t], ti);
    if (a.length === 0 || b.length === 0) continue;
    pairs.push({ src: a, tgt: b, weight: tu.dictionaryWeight });
    if (a.length === 1 && b.length === 1) single.push([a[0]!, b[0]!]);
  }
  const lex = trainIbm1(pairs, S.vocab.length, Tg.vocab.length, {
    iterations: tu.ibmIterations,
    minProb: tu.ibmMinProb,
    topK: tu.ibmTopK,
    maxCells: tu.ibmMaxCells,
    signal: opts.signal,
  });
  addDictionary(lex, single, tu.dictionaryProb);
  return lex;
}

/** Translation table in compressed rows: source word w's entries are off[w] .. off[w+1]-1. */
interface TransTable {
  off: Int32Array;
  tgt: Int32Array;
  p: Float64Array;
}

/** Surface vector plus lexicon entries. Target sentences carry their own words under
 *  "target word" keys; source words carry their likely translations under the same keys,
 *  weighted by the average of both IBM-1 directions (one shared space keeps vectors short). */
function sourceLexVecs(side: SideFeatures, tKey: number, space: number, trans: TransTable, tu: Tuning): VecSet {
  const sv = side.surface;
  const b = new VecSetBuilder(space, side.n, sv.keys.length * 2 + side.wIds.length * 2 + 16);
  for (let s = 0; s < side.n; s++) {
    for (let e = sv.off[s]!; e < sv.off[s + 1]!; e++) b.add(sv.keys[e]!, sv.vals[e]! * tu.surfaceWeight);
    for (let e = side.wOff[s]!; e < side.wOff[s + 1]!; e++) {
      const ww = side.wW[e]!;
      if (ww < tu.lexMinIdf) continue;
      const w = ww * tu.lexWeight,
        word = side.wIds[e]!;
      for (let q = trans.off[word]!; q < trans.off[word + 1]!; q++) b.add(tKey + trans.tgt[q]!, w * trans.p[q]!);
    }
    b.end();
  }
  return b.finish();
}

function targetLexVecs(side: SideFeatures, tKey: number, space: number, tu: Tuning): VecSet {
  const sv = side.surface;
  const b = new VecSetBuilder(space, side.n, sv.keys.length + side.wIds.length + 16);
  for (let s = 0; s < side.n; s++) {
    for (let e = sv.off[s]!; e < sv.off[s + 1]!; e++) b.add(sv.keys[e]!, sv.vals[e]! * tu.surfaceWeight);
    for (let e = side.wOff[s]!; e < side.wOff[s + 1]!; e++) {
      const ww = side.wW[e]!;
      if (ww < tu.lexMinIdf) continue;
      b.add(tKey + side.wIds[e]!, ww * tu.lexWeight);
    }
    b.end();
  }
  return b.finish();
}

/** p(t|s) and p(s|t) averaged per source word, best first. */
function symmetric(lex: Lexicon, topK: number): TransTable {
  const vs = lex.s2t.length;
  const off = new Int32Array(vs + 1);
  const tgt: number[] = [],
    pr: number[] = [];
  const cand: Array<[number, number]> = [];
  for (let s = 0; s < vs; s++) {
    cand.length = 0;
    for (const [t, p] of lex.s2t[s]!) {
      let q = p / 2;
      for (const [s2, r] of lex.t2s[t]!) if (s2 === s) q += r / 2;
      cand.push([t, q]);
    }
    cand.sort((a, b) => b[1] - a[1]);
    for (let x = 0; x < cand.length && x < topK; x++) {
      tgt.push(cand[x]![0]);
      pr.push(cand[x]![1]);
    }
    off[s + 1] = tgt.length;
  }
  return { off, tgt: Int32Array.from(tgt), p: Float64Array.from(pr) };
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
  const P = tu.pass2,
    C = tu.pass2Comparable;
  const mix = (u: number, v: number): number => u + (v - u) * x;
  return { ...P, nullCost: mix(P.nullCost, C.nullCost), wLen: mix(P.wLen, C.wLen), wSim: mix(P.wSim, C.wSim), zOffset: mix(P.zOffset, C.zOffset) };
}

const isLink = (b: DpBead | undefined): boolean => !!b && b.a > 0 && b.b > 0;

/** After pass 2: comparable when pass 1 already looked so (x) and pass 2 left many
 *  sentences without a partner. */
function isComparable(beads: DpBead[], x: number, tu: Tuning): boolean {
  if (x < tu.unlink.from) return false;
  let linked = 0,
    all = 0;
  for (const b of beads) {
    all += b.a + b.b;
    if (isLink(b)) linked += b.a + b.b;
  }
  return linked <= tu.unlink.maxLinked * all;
}

/** Comparable documents: a link with a low posterior (the DP found other explanations,
 *  mostly "no partner", about as likely) is split into 1-0 + 0-1 beads, unless it sits
 *  between two confident links (a weak link inside a parallel stretch is more likely a
 *  misjudged merge than a non-correspondence). The new null beads get the link's
 *  complement as confidence (the posterior mass the link did not have). */
function unlinkWeak(beads: DpBead[], tu: Tuning): DpBead[] {
  const u = tu.unlink,
    link = isLink;
  const strong = (b: DpBead | undefined): boolean => link(b) && b!.posterior >= u.minPosterior;
  const out: DpBead[] = [];
  for (let k = 0; k < beads.length; k++) {
    const b = beads[k]!;
    if (!link(b) || strong(b) || (u.keepSandwiched && strong(beads[k - 1]) && strong(beads[k + 1]))) {
      out.push(b);
      continue;
    }
    const conf = 1 - b.posterior;
    for (let i = 0; i < b.a; i++) out.push({ i0: b.i0 + i, a: 1, j0: b.j0, b: 0, posterior: conf, cost: 0 });
    for (let j = 0; j < b.b; j++) out.push({ i0: b.i0 + b.a, a: 0, j0: b.j0 + j, b: 1, posterior: conf, cost: 0 });
  }
  return out;
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
  const n = src.length,
    m = tgt.length;
  if (n === 0 || m === 0) return nullBeads(n, m);
  const same = !!opts.srcLang && !!opts.tgtLang && opts.srcLang.toLowerCase() === opts.tgtLang.toLowerCase();
  const total = same ? 3 : 2 + tu.rounds * 2;
  let done = 0;
  const progress = (): void => {
    done++;
    opts.onProgress?.(done, total);
  };

  const keys = new KeyInterner();
  const fo = { sameLanguage: same, smallNumber: tu.smallNumber, nameBoost: tu.nameBoost };
  const S = buildSide(src, keys, fo),
    Tg = buildSide(tgt, keys, fo);
  progress();
  const scratch = new OverlapScratch(keys.size);
  let beads = firstPass({ lens: S.lens, vecs: S.surface }, { lens: Tg.lens, vecs: Tg.surface }, scratch, keys.size, tu, opts);
  progress();
  const x = comparability(beads, n, m, tu);
  const cp2 = adaptiveParams(x, tu);
  let comparable = false;
  if (same) {
    // Versions: re-run on the same features with the costs fitted to this document.
    beads = refine(beads, { lens: S.lens, vecs: S.surface }, { lens: Tg.lens, vecs: Tg.surface }, scratch, cp2, tu, opts);
    progress();
  } else {
    const tKey = keys.size,
      space = tKey + Tg.vocab.length;
    const scratch2 = new OverlapScratch(space);
    const tv: SideVecs = { lens: Tg.lens, vecs: targetLexVecs(Tg, tKey, space, tu) };
    const pass1 = beads;
    for (let r = 0; r < tu.rounds; r++) {
      const lex = learnLexicon(S, Tg, beads, tu, opts, false);
      progress();
      const sv: SideVecs = { lens: S.lens, vecs: sourceLexVecs(S, tKey, space, symmetric(lex, tu.ibmTopK), tu) };
      beads = refine(beads, sv, tv, scratch2, cp2, tu, opts);
      progress();
    }
    comparable = isComparable(beads, x, tu);
    const redo = tu.comparableRedo;
    if (redo && comparable) {
      // Comparable: the lexicon learned from all of pass 1's links is mostly chance
      // co-occurrence (most links were weak), and it pulls sentences on the same topic
      // together. Pass 2 again from pass 1's path, with a lexicon from strong links only,
      // weighted less, and a weaker length model (a corresponding sentence of a comparable
      // text is often a longer or shorter wording of the same fact).
      const lex = learnLexicon(S, Tg, pass1, tu, opts, redo.strongLexicon);
      const tu2: Tuning = { ...tu, lexWeight: tu.lexWeight * redo.lexWeight };
      const tv2: SideVecs = { lens: Tg.lens, vecs: targetLexVecs(Tg, tKey, space, tu2) };
      const sv: SideVecs = { lens: S.lens, vecs: sourceLexVecs(S, tKey, space, symmetric(lex, tu.ibmTopK), tu2) };
      beads = refine(pass1, sv, tv2, scratch2, { ...cp2, wLen: cp2.wLen * redo.wLen }, tu, opts);
    }
  }
  if (comparable) beads = unlinkWeak(beads, tu);
  return beads.map((b) => ({ src: range(b.i0, b.a), tgt: range(b.j0, b.b), confidence: b.posterior }));
}
