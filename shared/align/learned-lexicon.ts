// A lexicon learned from the corpus itself: IBM Model 1 (lexicon-ibm1.ts) trained on the sentence
// pairs the parallel aligner links with high confidence across a collection's translation pairs
// (official translations, machine translations beside their original). Its word translations
// then help the comparable linker on the collection's other pairs (two accounts of one story),
// beside the shipped lexicon and the user's dictionary (lexicon.ts translationsFor).
// Bounded (at most MAX_SENTENCES training pairs, taken evenly) and deterministic: the same pairs
// in any order give the same lexicon.
import type { Bead } from './types.js';
import { HIGH_CONFIDENCE } from './confidence.js';
import { trainIbm1, type TrainingPair } from './lexicon-ibm1.js';
import { isFunctionWord, words } from '../text/index.js';

/** Learned translations per direction ("en>fr"): [source word, target word, weight], folded. */
export type LearnedLexicon = Map<string, Array<[string, string, number]>>;

export interface LearnInput {
  srcLang: string;
  tgtLang: string;
  src: string[];
  tgt: string[];
  /** The pair's alignment; only parallel (monotone) alignments are learned from. */
  beads: Bead[];
  method: 'parallel' | 'comparable';
}

export interface LearnOptions {
  maxSentences?: number;
  signal?: { aborted: boolean };
}

const MAX_SENTENCES = 5000;
/** A word seen fewer times than this in training says nothing reliable. */
const MIN_COUNT = 2;
/** Translations below this probability are noise (IBM-1 spreads mass over co-occurring words). */
const MIN_PROB = 0.3;
/** A learned entry weighs less than a lexicon or dictionary entry (weight 1). */
const LEARNED_WEIGHT = 0.8;

const primary = (l: string): string => l.toLowerCase().split(/[-_]/)[0] ?? '';

/** Content words as the comparable linker sees them (folded, no function words or numbers). */
function contentWords(text: string): string[] {
  const out: string[] = [];
  for (const w of words(text)) {
    const f = w.folded;
    if (f.length < 2 || /^\d/.test(f) || isFunctionWord(f)) continue;
    out.push(f);
  }
  return out;
}

export function learnLexicon(pairs: LearnInput[], o: LearnOptions = {}): LearnedLexicon {
  const out: LearnedLexicon = new Map();
  // Group by direction, one side order per language pair ("en|fr" trains both directions).
  const groups = new Map<string, Array<[string, string]>>();
  for (const p of pairs) {
    const a = primary(p.srcLang),
      b = primary(p.tgtLang);
    if (!a || !b || a === b || p.method !== 'parallel') continue;
    const flip = a > b;
    const key = flip ? `${b}|${a}` : `${a}|${b}`;
    const list = groups.get(key) ?? [];
    for (const bead of p.beads) {
      if (bead.src.length !== 1 || bead.tgt.length !== 1 || (bead.confidence ?? 1) < HIGH_CONFIDENCE) continue;
      const s = p.src[bead.src[0]!] ?? '',
        t = p.tgt[bead.tgt[0]!] ?? '';
      list.push(flip ? [t, s] : [s, t]);
    }
    groups.set(key, list);
  }
  const cap = o.maxSentences ?? MAX_SENTENCES;
  for (const [key, all] of [...groups].sort((x, y) => (x[0] < y[0] ? -1 : 1))) {
    if (o.signal?.aborted) {
      const e = new Error('aborted');
      e.name = 'AbortError';
      throw e;
    }
    // One canonical order: the lexicon depends on which pairs the collection holds, not on the
    // order a front lists them in (the app, `bitext clean` and the checks list them differently).
    all.sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : x[1] < y[1] ? -1 : x[1] > y[1] ? 1 : 0));
    const step = all.length > cap ? all.length / cap : 1;
    const chosen: Array<[string, string]> = [];
    for (let k = 0; k < all.length && chosen.length < cap; k++) chosen.push(all[Math.floor(k * step)]!);
    const vs = new Map<string, number>(),
      vt = new Map<string, number>();
    const cs: number[] = [],
      ct: number[] = [];
    const ids = (ws: string[], v: Map<string, number>, c: number[]): Int32Array =>
      Int32Array.from(ws, (w) => {
        let id = v.get(w);
        if (id === undefined) {
          id = v.size;
          v.set(w, id);
          c.push(0);
        }
        c[id]!++;
        return id;
      });
    const training: TrainingPair[] = [];
    for (const [s, t] of chosen) {
      const a = ids(contentWords(s), vs, cs),
        b = ids(contentWords(t), vt, ct);
      if (a.length && b.length) training.push({ src: a, tgt: b, weight: 1 });
    }
    if (!training.length) continue;
    const lex = trainIbm1(training, vs.size, vt.size, {
      iterations: 5,
      minProb: MIN_PROB,
      topK: 2,
      maxCells: 2_000_000,
      ...(o.signal ? { signal: o.signal } : {}),
    });
    const sWords = [...vs.keys()],
      tWords = [...vt.keys()];
    const [la, lb] = key.split('|') as [string, string];
    const fwd: Array<[string, string, number]> = [],
      back: Array<[string, string, number]> = [];
    lex.s2t.forEach((l, s) => {
      if (cs[s]! >= MIN_COUNT) for (const [t, p] of l) if (ct[t]! >= MIN_COUNT) fwd.push([sWords[s]!, tWords[t]!, p * LEARNED_WEIGHT]);
    });
    lex.t2s.forEach((l, t) => {
      if (ct[t]! >= MIN_COUNT) for (const [s, p] of l) if (cs[s]! >= MIN_COUNT) back.push([tWords[t]!, sWords[s]!, p * LEARNED_WEIGHT]);
    });
    out.set(`${la}>${lb}`, fwd);
    out.set(`${lb}>${la}`, back);
  }
  return out;
}
