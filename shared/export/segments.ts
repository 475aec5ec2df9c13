// Bead → exported segment pair. Every bilingual format is written from this one stream, so they
// all agree on which beads are exported, their orientation and their cleaned text. A generator:
// 200,000 beads never sit in memory as text at once.
import { langTagOrUnd, primaryLanguage } from './lang-tag.js';
import type { BitextCorpus, CorpusBead, CorpusDocument, CorpusPair, CorpusTextEdit, SentenceRange } from './types.js';

export interface SelectOptions {
  /** Export beads nobody confirmed too (default: confirmed only). */
  includeUnconfirmed?: boolean;
  /** Skip unconfirmed beads below this confidence (confirmed beads always pass). */
  minConfidence?: number;
}

export interface SegmentSide {
  docId: string;
  docName: string;
  lang: string;
  /** Sentence indices of the document's sentence list. */
  sentences: number[];
  /** Offsets in the ORIGINAL decoded text, covering the bead's sentences. */
  start: number;
  end: number;
  /** Cleaned text (text edits applied, removed spans gone), trimmed. */
  text: string;
  /** Effective edits touching [start, end). */
  edits: CorpusTextEdit[];
}

export interface ExportSegment {
  /** `${pairId}:${bead}` — stable across exports of the same alignment. */
  id: string;
  pairId: string;
  bead: number;
  src: SegmentSide;
  tgt: SegmentSide;
  /** Rounded to 4 decimals so that every format carries the same value. */
  confidence: number;
  confirmed: boolean;
  origin: 'auto' | 'manual';
  edited: boolean;
}

export interface PairPlan {
  pair: CorpusPair;
  /** True when the pair's a-side is the corpus target language: sides are swapped on export. */
  swapped: boolean;
  src: CorpusDocument;
  tgt: CorpusDocument;
}

export interface SkippedPair {
  pairId: string;
  reason: 'rejected' | 'version' | 'languages' | 'missing-document';
}

/** Which pairs feed the bilingual exports, oriented as corpus.languages [source, target]. */
export function planPairs(corpus: BitextCorpus): { plans: PairPlan[]; skipped: SkippedPair[] } {
  const docs = new Map(corpus.documents.map((d) => [d.id, d]));
  const [l1, l2] = corpus.languages.map(primaryLanguage) as [string, string];
  const plans: PairPlan[] = [];
  const skipped: SkippedPair[] = [];
  for (const pair of corpus.pairs) {
    const a = docs.get(pair.a);
    const b = docs.get(pair.b);
    if (!a || !b) skipped.push({ pairId: pair.id, reason: 'missing-document' });
    else if (pair.status === 'rejected') skipped.push({ pairId: pair.id, reason: 'rejected' });
    else if (pair.kind === 'version') skipped.push({ pairId: pair.id, reason: 'version' });
    else {
      const la = primaryLanguage(a.language);
      const lb = primaryLanguage(b.language);
      if (la === l1 && lb === l2) plans.push({ pair, swapped: false, src: a, tgt: b });
      else if (la === l2 && lb === l1) plans.push({ pair, swapped: true, src: b, tgt: a });
      else skipped.push({ pairId: pair.id, reason: 'languages' });
    }
  }
  return { plans, skipped };
}

export function beadSelected(b: CorpusBead, o: SelectOptions): boolean {
  if (b.confirmed) return true;
  if (!o.includeUnconfirmed) return false;
  return b.confidence >= (o.minConfidence ?? 0);
}

/** Index of the first edit whose end is >= pos (edits sorted by start, non-overlapping). */
function firstEditFrom(edits: readonly CorpusTextEdit[], pos: number): number {
  let lo = 0;
  let hi = edits.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (edits[mid]!.end < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Effective edits touching [from, to] (insertions at either end count). */
export function editsIn(edits: readonly CorpusTextEdit[], from: number, to: number): CorpusTextEdit[] {
  const out: CorpusTextEdit[] = [];
  for (let i = firstEditFrom(edits, from); i < edits.length; i++) {
    const e = edits[i]!;
    if (e.start > to) break;
    const touches = e.start === e.end ? e.start >= from && e.start <= to : e.start < to && e.end > from;
    if (touches) out.push(e);
  }
  return out;
}

/**
 * Cleaned text of the original range [from, to). An edit entirely inside is applied. One that
 * crosses the range's border (a removed paragraph spanning several sentences) is clipped: a
 * removal removes the part inside; a replacement is written once, in the range where it starts.
 */
export function cleanedRange(text: string, edits: readonly CorpusTextEdit[], from: number, to: number): string {
  let out = '';
  let pos = from;
  for (const e of editsIn(edits, from, to)) {
    const s = Math.max(e.start, from);
    const t = Math.min(e.end, to);
    if (s < pos) continue;
    out += text.slice(pos, s);
    if (e.start >= from) out += e.after;
    pos = Math.max(pos, t);
  }
  return out + text.slice(pos, to);
}

/** The whole cleaned document. */
export function cleanedDocument(doc: CorpusDocument): string {
  return cleanedRange(doc.originalText, doc.edits, 0, doc.originalText.length);
}

function side(doc: CorpusDocument, spans: readonly SentenceRange[], idx: number[]): SegmentSide | null {
  if (idx.length === 0) return null;
  const first = spans[idx[0]!];
  const last = spans[idx[idx.length - 1]!];
  if (!first || !last) return null;
  const start = first.start;
  const end = last.end;
  return {
    docId: doc.id,
    docName: doc.name,
    lang: langTagOrUnd(doc.language),
    sentences: idx,
    start,
    end,
    text: cleanedRange(doc.originalText, doc.edits, start, end).trim(),
    edits: editsIn(doc.edits, start, end),
  };
}

export function round4(x: number): number {
  return Math.round(x * 1e4) / 1e4;
}

/** Segments of one planned pair. Beads with an empty side (before or after cleaning) are never segments. */
export function* pairSegments(plan: PairPlan, o: SelectOptions): Generator<ExportSegment> {
  const { pair, swapped } = plan;
  const srcSpans = swapped ? pair.tgtSentences : pair.srcSentences;
  const tgtSpans = swapped ? pair.srcSentences : pair.tgtSentences;
  for (let i = 0; i < pair.beads.length; i++) {
    const b = pair.beads[i]!;
    if (!beadSelected(b, o)) continue;
    const s = side(plan.src, srcSpans, swapped ? b.tgt : b.src);
    const t = side(plan.tgt, tgtSpans, swapped ? b.src : b.tgt);
    if (!s || !t || !s.text || !t.text) continue;
    yield {
      id: `${pair.id}:${i}`,
      pairId: pair.id,
      bead: i,
      src: s,
      tgt: t,
      confidence: round4(b.confidence),
      confirmed: b.confirmed,
      origin: b.origin,
      edited: s.edits.length > 0 || t.edits.length > 0,
    };
  }
}

/** All exported segments, pair by pair; `onBead` counts scanned beads for progress. */
export function* corpusSegments(corpus: BitextCorpus, o: SelectOptions, onBead?: (scanned: number) => void): Generator<ExportSegment> {
  let scanned = 0;
  for (const plan of planPairs(corpus).plans) {
    for (const seg of pairSegments(plan, o)) {
      yield seg;
      onBead?.(scanned + seg.bead + 1);
    }
    scanned += plan.pair.beads.length;
    onBead?.(scanned);
  }
}

export function totalBeads(corpus: BitextCorpus): number {
  return planPairs(corpus).plans.reduce((n, p) => n + p.pair.beads.length, 0);
}
