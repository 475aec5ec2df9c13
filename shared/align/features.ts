// Per-sentence features: character length, word ids (for the lexicon) with IDF weights, and
// a vector of "surface" keys that match across languages without any dictionary: numbers,
// names, punctuation and cognates (shared 4-letter prefixes, Simard et al. 1992). In
// same-language mode the surface keys are whole words, so versions align on wording.
//
// Computed once per document side and reused by every pass. Everything per sentence lives
// in flat typed arrays (no per-sentence or per-token objects): folding and key interning
// are done once per distinct token, not per occurrence.
import { scanInterned, fold, WordInterner, WORD, NUM } from './tokenize.js';
import { type VecSet, VecSetBuilder } from './sparse.js';

export interface SideFeatures {
  n: number;
  lens: Float64Array;
  /** Lexicon word ids (per-side vocabulary) of sentence s, words only:
   *  wIds[wOff[s] .. wOff[s+1]-1], with their IDF weights in wW. */
  wOff: Int32Array;
  wIds: Int32Array;
  wW: Float32Array;
  surface: VecSet;
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
    if (v === undefined) {
      v = this.map.size;
      this.map.set(s, v);
    }
    return v;
  }
  get size(): number {
    return this.map.size;
  }
}

class IntList {
  a = new Int32Array(1024);
  n = 0;
  push(x: number): void {
    if (this.n === this.a.length) {
      const b = new Int32Array(this.n * 2);
      b.set(this.a);
      this.a = b;
    }
    this.a[this.n++] = x;
  }
}

export function buildSide(sentences: string[], keys: KeyInterner, opt: FeatureOptions): SideFeatures {
  const N = sentences.length;
  // A token type is (kind, form, name flag); a form is (kind, normalised text).
  const wi = new WordInterner(); // word -> vocabulary id
  const numType = new Map<string, number>(),
    punctType = new Map<string, number>();
  const vocab = wi.words;
  const wordGlobal: number[] = []; // vocabulary id -> form id
  const wordType: number[] = []; // 2 * vocabulary id + name -> type id
  let forms = 0;
  // Per type: form, vocabulary id (-1 unless a word), up to two surface keys with weights.
  const tForm: number[] = [],
    tVocab: number[] = [],
    tK0: number[] = [],
    tW0: number[] = [],
    tK1: number[] = [],
    tW1: number[] = [];
  const newType = (form: number, vocabId: number, k0: number, w0: number, k1: number, w1: number): number => {
    tForm.push(form);
    tVocab.push(vocabId);
    tK0.push(k0);
    tW0.push(w0);
    tK1.push(k1);
    tW1.push(w1);
    return tForm.length - 1;
  };
  const toks = new IntList();
  const sOff = new Int32Array(N + 1);
  // Imported bindings copied to locals: read once per token.
  const KIND_WORD = WORD,
    KIND_NUM = NUM;
  const onToken = (kind: number, v: number, norm: string, name: boolean): void => {
    let ty: number | undefined;
    if (kind === KIND_WORD) {
      if (v === wordGlobal.length) wordGlobal.push(forms++);
      const slot = 2 * v + (name ? 1 : 0);
      ty = wordType[slot];
      if (ty === undefined || ty < 0) {
        const f = fold(vocab[v]!);
        let k0 = -1,
          w0 = 0,
          k1 = -1,
          w1 = 0;
        if (opt.sameLanguage) {
          k0 = keys.id('w' + f);
          w0 = 1;
        } else {
          if (f.length >= 4) {
            k0 = keys.id('c' + f.slice(0, 4));
            w0 = 1;
          }
          if (name) {
            const k = keys.id('x' + f);
            if (k0 < 0) {
              k0 = k;
              w0 = opt.nameBoost;
            } else {
              k1 = k;
              w1 = opt.nameBoost;
            }
          }
        }
        ty = newType(wordGlobal[v]!, v, k0, w0, k1, w1);
        while (wordType.length < slot) wordType.push(-1); // keep the array packed
        wordType[slot] = ty;
      }
    } else if (kind === KIND_NUM) {
      ty = numType.get(norm);
      if (ty === undefined) {
        ty = newType(forms++, -1, keys.id('n' + norm), norm.length <= 2 ? opt.smallNumber : 1, -1, 0);
        numType.set(norm, ty);
      }
    } else {
      ty = punctType.get(norm);
      if (ty === undefined) {
        ty = newType(forms++, -1, keys.id('p' + norm), 1, -1, 0);
        punctType.set(norm, ty);
      }
    }
    toks.push(ty);
  };
  for (let s = 0; s < N; s++) {
    scanInterned(sentences[s]!, wi, onToken);
    sOff[s + 1] = toks.n;
  }
  const T = tForm.length,
    tok = toks.a;
  // Document frequency per word form (name or not), for IDF: keeps frequent words, small
  // numbers and years that occur all over the text from acting as anchors.
  const df = new Int32Array(T),
    last = new Int32Array(T).fill(-1);
  let nWords = 0;
  for (let s = 0; s < N; s++) {
    for (let e = sOff[s]!; e < sOff[s + 1]!; e++) {
      const ty = tok[e]!;
      if (last[ty] !== s) {
        last[ty] = s;
        df[ty] = df[ty]! + 1;
      }
      if (tVocab[ty]! >= 0) nWords++;
    }
  }
  const dfForm = new Float64Array(forms);
  for (let ty = 0; ty < T; ty++) {
    const f = tForm[ty]!;
    dfForm[f] = dfForm[f]! + df[ty]!;
  }
  const idf = new Float64Array(T);
  for (let ty = 0; ty < T; ty++) idf[ty] = Math.log(1 + N / dfForm[tForm[ty]!]!);

  const lens = new Float64Array(N);
  const wOff = new Int32Array(N + 1),
    wIds = new Int32Array(nWords),
    wW = new Float32Array(nWords);
  const b = new VecSetBuilder(keys.size, N, toks.n + 16);
  let o = 0;
  for (let s = 0; s < N; s++) {
    lens[s] = sentences[s]!.trim().length;
    for (let e = sOff[s]!; e < sOff[s + 1]!; e++) {
      const ty = tok[e]!,
        w = idf[ty]!;
      if (tVocab[ty]! >= 0) {
        wIds[o] = tVocab[ty]!;
        wW[o] = w;
        o++;
      }
      if (tK0[ty]! >= 0) b.add(tK0[ty]!, w * tW0[ty]!);
      if (tK1[ty]! >= 0) b.add(tK1[ty]!, w * tW1[ty]!);
    }
    wOff[s + 1] = o;
    b.end();
  }
  return { n: N, lens, wOff, wIds, wW, surface: b.finish(), vocab };
}
