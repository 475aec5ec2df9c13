// Per-sentence features: character length, word ids (for the lexicon) with IDF weights, and
// a vector of "surface" keys that match across languages without any dictionary: numbers,
// names, punctuation and cognates (shared 4-letter prefixes, Simard et al. 1992). In
// same-language mode the surface keys are whole words, so versions align on wording.
import { tokenize, fold } from './tokenize.js';
import { type SparseVec, vecFromMap } from './sparse.js';

export interface SideFeatures {
  lens: Float64Array;
  /** Lexicon word ids (per-side vocabulary) of each sentence, words only. */
  words: Int32Array[];
  /** IDF weight of each entry of `words`. */
  weights: Float32Array[];
  surface: SparseVec[];
  vocab: string[];
}

export interface FeatureOptions {
  sameLanguage: boolean;
  /** Weight multiplier for 1-2 digit numbers: they recur everywhere (dates, counts). */
  smallNumber: number;
  /** Extra weight of a capitalised word's exact-form key. */
  nameBoost: number;
}

export class KeyInterner {
  private readonly map = new Map<string, number>();
  id(s: string): number {
    let v = this.map.get(s);
    if (v === undefined) { v = this.map.size; this.map.set(s, v); }
    return v;
  }
  get size(): number { return this.map.size; }
}

interface TokenInfo { df: number; vocabId: number; keys: number[]; keyW: number[]; kind: string }

export function buildSide(sentences: string[], keys: KeyInterner, opt: FeatureOptions): SideFeatures {
  const N = sentences.length;
  // One record per distinct token (kind + form + name flag): folding and key interning are
  // done once per type, not per occurrence.
  const info = new Map<string, TokenInfo>();
  const vocabMap = new Map<string, number>();
  const vocab: string[] = [];
  const sentTok: TokenInfo[][] = [];
  for (let s = 0; s < N; s++) {
    const list: TokenInfo[] = [];
    for (const t of tokenize(sentences[s]!)) {
      const id = t.kind[0]! + (t.name ? 'N' : '-') + t.norm;
      let ti = info.get(id);
      if (!ti) {
        ti = { df: 0, vocabId: -1, keys: [], keyW: [], kind: t.kind };
        if (t.kind === 'punct') { ti.keys.push(keys.id('p' + t.norm)); ti.keyW.push(1); }
        else if (t.kind === 'num') { ti.keys.push(keys.id('n' + t.norm)); ti.keyW.push(t.norm.length <= 2 ? opt.smallNumber : 1); }
        else {
          let v = vocabMap.get(t.norm);
          if (v === undefined) { v = vocab.length; vocab.push(t.norm); vocabMap.set(t.norm, v); }
          ti.vocabId = v;
          const f = fold(t.norm);
          if (opt.sameLanguage) { ti.keys.push(keys.id('w' + f)); ti.keyW.push(1); }
          else {
            if (f.length >= 4) { ti.keys.push(keys.id('c' + f.slice(0, 4))); ti.keyW.push(1); }
            if (t.name) { ti.keys.push(keys.id('x' + f)); ti.keyW.push(opt.nameBoost); }
          }
        }
        info.set(id, ti);
      }
      list.push(ti);
    }
    sentTok.push(list);
  }
  // Document frequency per word form (name or not), for IDF: keeps frequent words, small
  // numbers and years that occur all over the text from acting as anchors.
  const dfByForm = new Map<string, number>();
  const formOf = (k: string): string => k[0]! + k.slice(2);
  for (const list of sentTok) {
    const seen = new Set<TokenInfo>();
    for (const ti of list) seen.add(ti);
    for (const ti of seen) ti.df++;
  }
  for (const [k, ti] of info) dfByForm.set(formOf(k), (dfByForm.get(formOf(k)) ?? 0) + ti.df);
  const idf = new Map<TokenInfo, number>();
  for (const [k, ti] of info) idf.set(ti, Math.log(1 + N / (dfByForm.get(formOf(k)) ?? 1)));
  const lens = new Float64Array(N);
  const words: Int32Array[] = [];
  const weights: Float32Array[] = [];
  const surface: SparseVec[] = [];
  for (let s = 0; s < N; s++) {
    lens[s] = sentences[s]!.trim().length;
    const ws: number[] = [], ww: number[] = [];
    const m = new Map<number, number>();
    for (const ti of sentTok[s]!) {
      const w = idf.get(ti)!;
      if (ti.vocabId >= 0) { ws.push(ti.vocabId); ww.push(w); }
      for (let q = 0; q < ti.keys.length; q++) m.set(ti.keys[q]!, (m.get(ti.keys[q]!) ?? 0) + w * ti.keyW[q]!);
    }
    words.push(Int32Array.from(ws));
    weights.push(Float32Array.from(ww));
    surface.push(vecFromMap(m));
  }
  return { lens, words, weights, surface, vocab };
}
