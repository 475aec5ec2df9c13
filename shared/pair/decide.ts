// Pairing as a decision: which candidate pairs to suggest, with a probability and the reasons.
// The similarity score (index.ts) ranks candidates; two further pieces of evidence decide:
//  - how many sentences of the two documents align confidently (a translation or a copy aligns
//    sentence by sentence; two documents of one domain sharing boilerplate do not);
//  - whether the pair stands out from each document's other candidates (two accounts of one
//    story resemble each other far more than either resembles the rest of the collection;
//    documents of one domain resemble everything about equally) — within one language only as
//    far as their sentences correspond (two parts of one long text stand out together too).
// Each document gets at most one suggested partner per kind unless the evidence for another is
// strong; "no partner" is a normal outcome.
import { alignDocuments, HIGH_CONFIDENCE } from '../align/documents.js';
import { documentSentences } from '../align/collection.js';
import { similarityOf } from '../align/comparable.js';
import { translationsFor } from '../align/lexicon.js';
import { foldKey } from '../text/index.js';
import type { Bead } from '../align/types.js';
import { scorePairs, type PairDoc, type PairOptions, type PairScore } from './index.js';

/** One threshold for every front (app, CLI, clean, export): suggested at this probability. */
export const SUGGEST_AT = 0.5;
/** A second partner of the same kind for one document needs this much. */
export const STRONG_AT = 0.97;
/** A link at or above this confidence counts as confidently aligned (the one "high" threshold). */
const CONFIDENT_LINK = HIGH_CONFIDENCE;

export interface PairDecision extends PairScore {
  suggested: boolean;
  evidence: PairScore['evidence'] & {
    /** Sentences (both sides) in confident links, and all sentences; absent when not aligned. */
    linkedSentences?: number;
    sentences?: number;
    /** Of linkedSentences, those whose links keep the same order in both documents. */
    inOrder?: number;
    /** Same-language pairs: share of the better covered document's sentences in confident links. */
    coveredShare?: number;
    /** The pair's score over the best score either document has with any other document. */
    standsOut?: number;
  };
}

export interface PairDecisionOptions extends PairOptions {
  /** Candidates per document checked by aligning their sentences (default 3). */
  verifyPerDocument?: number;
  /** User dictionary for the alignment check. */
  dictionary?: Array<[string, string]>;
  signal?: { aborted: boolean };
  /** Called after each candidate checked by aligning (done, total). */
  onProgress?: (done: number, total: number) => void;
}

/** Below this similarity a pair is never checked further (nothing in common to build on). */
const MIN_CANDIDATE = 0.1;
/** Logistic of the confidently aligned share: 0.5 at a quarter of the sentences. */
const ALIGN_MID = 0.25;
const ALIGN_SLOPE = 14;
/** Logistic of "stands out": 0.5 when the pair scores 1.6 times the next best. */
const MARGIN_MID = 1.6;
const MARGIN_SLOPE = 5;
/** Floor of the competitor score so a lone weak pair does not "stand out" by division. */
const MARGIN_FLOOR = 0.05;
/** A confident link counts as evidence only when its sentences share this much (names,
 *  numbers, words, lexicon translations): on short unrelated documents the monotone aligner
 *  can be sure of a chain of 1-1 links that share nothing. */
const SUPPORT_SIM = 0.1;
/** Within one language the linker sees paraphrases, so two versions of one story have some
 *  sentences that say the same thing; two parts of one long text (consecutive chunks of a
 *  debate, of a report) share names, topic words and procedural phrases, stand out together
 *  from the rest of the collection, and yet hardly any of their sentences correspond. There,
 *  "stands out" counts only as far as sentences correspond: logistic of the share of one
 *  document's sentences in confident links (the better covered side), 0.5 at an eighth.
 *  Across languages the linker only sees names, numbers and lexicon words, so few links say
 *  little and the margin keeps its weight. */
const VERSION_SUPPORT_MID = 0.125;
const VERSION_SUPPORT_SLOPE = 30;
/** For "aligns like a translation", links that cross the order of the others count half: a
 *  translation or a copy tells its story in the same order, chance matches fall anywhere. */
const CROSSING_WEIGHT = 0.5;
/** A sentence found in this many documents of the collection is boilerplate (a footer, a
 *  standard notice): it says nothing about which two documents tell the same story. */
const BOILERPLATE_DOCS = 3;

const logistic = (x: number): number => 1 / (1 + Math.exp(-x));
const primary = (l: string): string => l.toLowerCase().split(/[-_]/)[0] ?? '';

/** Whether document x (sentences sx) is aligned as the first side against y: fewer sentences,
 *  then shorter text, then text order (never the id). */
function firstSide(x: PairDoc, sx: string[], y: PairDoc, sy: string[]): boolean {
  if (sx.length !== sy.length) return sx.length < sy.length;
  if (x.text.length !== y.text.length) return x.text.length < y.text.length;
  return x.text < y.text;
}

/** Sentences in the heaviest set of links that keep one order in both documents (links
 *  sorted by first source sentence; quadratic in the links, which are at most a few hundred). */
export function inOrderSentences(links: Bead[]): number {
  const l = [...links].sort((x, y) => Math.min(...x.src) - Math.min(...y.src));
  // A monotone chain (the parallel aligner's) is in order as it is: no quadratic pass.
  const monotone = l.every((b, k) => k === 0 || (Math.max(...l[k - 1]!.src) < Math.min(...b.src) && Math.max(...l[k - 1]!.tgt) < Math.min(...b.tgt)));
  if (monotone) return l.reduce((n, b) => n + b.src.length + b.tgt.length, 0);
  const best: number[] = [];
  let top = 0;
  l.forEach((b, k) => {
    const w = b.src.length + b.tgt.length,
      s0 = Math.min(...b.src),
      t0 = Math.min(...b.tgt);
    let v = w;
    for (let q = 0; q < k; q++) {
      const c = l[q]!;
      if (Math.max(...c.src) < s0 && Math.max(...c.tgt) < t0) v = Math.max(v, best[q]! + w);
    }
    best.push(v);
    top = Math.max(top, v);
  });
  return top;
}

export function pairDocuments(docs: PairDoc[], opts: PairDecisionOptions = {}): PairDecision[] {
  const scored = scorePairs(docs, opts.glossary ? { glossary: opts.glossary } : {});
  const perDoc = opts.verifyPerDocument ?? 3;
  const byDoc = new Map<string, PairScore[]>();
  for (const p of scored) {
    for (const d of [p.a, p.b]) {
      const l = byDoc.get(d) ?? [];
      if (l.length < perDoc + 1) l.push(p); // scored is best first
      byDoc.set(d, l);
    }
  }
  const best = (d: string, except: PairScore): number => {
    for (const q of byDoc.get(d) ?? []) if (q !== except) return q.score;
    return -1;
  };
  const docOf = new Map(docs.map((d) => [d.id, d]));
  const sentences = new Map<string, string[]>();
  const sentencesOf = (d: PairDoc): string[] => {
    let s = sentences.get(d.id);
    if (!s) sentences.set(d.id, (s = documentSentences(d.text, d.language)));
    return s;
  };
  // Boilerplate: sentences repeated across the collection.
  const sentenceKey = (x: string): string => foldKey(x).replace(/\s+/g, ' ');
  const docsWith = new Map<string, number>();
  const boilerplate = (x: string): boolean => (docsWith.get(sentenceKey(x)) ?? 0) >= BOILERPLATE_DOCS;
  const verify = new Set<PairScore>();
  for (const list of byDoc.values())
    list.slice(0, perDoc).forEach((p) => {
      if (p.score >= MIN_CANDIDATE) verify.add(p);
    });
  if (verify.size) {
    for (const d of docs) for (const k of new Set(sentencesOf(d).map(sentenceKey))) docsWith.set(k, (docsWith.get(k) ?? 0) + 1);
  }

  let checked = 0;
  const out: PairDecision[] = scored.map((p) => {
    const competitor = Math.max(best(p.a, p), best(p.b, p));
    let pMargin = p.score;
    const evidence: PairDecision['evidence'] = { ...p.evidence };
    if (competitor >= 0) {
      const standsOut = p.score / Math.max(competitor, MARGIN_FLOOR);
      evidence.standsOut = Math.round(standsOut * 100) / 100;
      pMargin = p.score * logistic((standsOut - MARGIN_MID) * MARGIN_SLOPE);
    }
    let pAlign = 0;
    if (verify.has(p)) {
      opts.onProgress?.(++checked, verify.size);
      if (opts.signal?.aborted) {
        const e = new Error('aborted');
        e.name = 'AbortError';
        throw e;
      }
      // One orientation whatever the documents are called (each front names them its own way):
      // the aligner is not symmetric, so the shorter document is always the first side.
      let da = docOf.get(p.a)!,
        db = docOf.get(p.b)!;
      if (firstSide(db, sentencesOf(db), da, sentencesOf(da))) [da, db] = [db, da];
      const sa = sentencesOf(da),
        sb = sentencesOf(db);
      const res = alignDocuments(sa, sb, {
        srcLang: da.language,
        tgtLang: db.language,
        ...(opts.dictionary ? { dictionary: opts.dictionary } : {}),
        ...(opts.signal ? { signal: opts.signal } : {}),
      });
      const same = primary(da.language) === primary(db.language);
      // Similarity of the linked sentences only: the full sentence matrix is quadratic.
      const sim = similarityOf(
        sa,
        sb,
        same ? { sameLanguage: true } : { sameLanguage: false, translations: translationsFor(da.language, db.language, opts.dictionary) },
      );
      // Confident links whose sentences share something and are not boilerplate, as (sa, sb)
      // beads; `flipped`: beads of an alignment of sb against sa.
      const supported = (beads: Bead[], flipped: boolean): Bead[] => {
        const out: Bead[] = [];
        for (const x of beads) {
          const b = flipped ? { src: x.tgt, tgt: x.src, confidence: x.confidence } : x;
          if (!b.src.length || !b.tgt.length || b.confidence < CONFIDENT_LINK) continue;
          if (b.src.every((i) => boilerplate(sa[i]!)) || b.tgt.every((j) => boilerplate(sb[j]!))) continue;
          let support = 0;
          for (const i of b.src) for (const j of b.tgt) support = Math.max(support, sim(i, j));
          if (support >= SUPPORT_SIM) out.push(b);
        }
        return out;
      };
      const confident = supported(res.beads, false);
      const linked = confident.reduce((k, b) => k + b.src.length + b.tgt.length, 0);
      const inOrder = inOrderSentences(confident);
      const total = sa.filter((x) => !boilerplate(x)).length + sb.filter((x) => !boilerplate(x)).length;
      evidence.linkedSentences = linked;
      evidence.sentences = total;
      evidence.inOrder = inOrder;
      // Aligning like a translation or a copy: sentence by sentence, in order.
      const inStep = total ? (inOrder + CROSSING_WEIGHT * (linked - inOrder)) / total : 0;
      pAlign = logistic((inStep - ALIGN_MID) * ALIGN_SLOPE);
      // Some sentences say the same thing, in any order (two accounts of one story reorder it),
      // measured on the better covered side: a short account of a story told at length elsewhere
      // is mostly covered, the long one need not be.
      if (same) {
        const covered = (idx: number[], all: string[]): number => {
          const n = all.filter((x) => !boilerplate(x)).length;
          return n ? new Set(idx).size / n : 0;
        };
        const sideOf = (c: Bead[]): number =>
          Math.max(
            covered(
              c.flatMap((b) => b.src),
              sa,
            ),
            covered(
              c.flatMap((b) => b.tgt),
              sb,
            ),
          );
        const supportOf = (x: number): number => logistic((x - VERSION_SUPPORT_MID) * VERSION_SUPPORT_SLOPE);
        let side = sideOf(confident);
        // The linker is not symmetric: when the margin alone would suggest the pair and its
        // sentences leave doubt, the other orientation is tried too and the better one counts.
        if (res.method === 'comparable' && pMargin >= SUGGEST_AT && supportOf(side) < 0.9) {
          const back = alignDocuments(sb, sa, {
            srcLang: db.language,
            tgtLang: da.language,
            ...(opts.dictionary ? { dictionary: opts.dictionary } : {}),
            ...(opts.signal ? { signal: opts.signal } : {}),
          });
          side = Math.max(side, sideOf(supported(back.beads, true)));
        }
        evidence.coveredShare = Math.round(side * 100) / 100;
        pMargin *= supportOf(side);
      }
    }
    const score = 1 - (1 - pAlign) * (1 - pMargin);
    return { ...p, score, evidence, suggested: false };
  });
  out.sort((x, y) => y.score - x.score || (x.a < y.a ? -1 : x.a > y.a ? 1 : x.b < y.b ? -1 : x.b > y.b ? 1 : 0));

  // Greedy, most probable first: one partner per kind per document, a second only when strong.
  const taken = new Set<string>();
  for (const p of out) {
    if (p.score < SUGGEST_AT) break;
    const ka = `${p.a}|${p.kind}`,
      kb = `${p.b}|${p.kind}`;
    if ((taken.has(ka) || taken.has(kb)) && p.score < STRONG_AT) continue;
    p.suggested = true;
    taken.add(ka);
    taken.add(kb);
  }
  const min = opts.minScore ?? 0;
  return min > 0 ? out.filter((p) => p.score >= min) : out;
}
