// Bead → exported segment pair. Every bilingual format is written from this one stream, so they
// all agree on which beads are exported, their orientation and their cleaned text. A generator:
// 200,000 beads never sit in memory as text at once.
import { alignSentences } from '../align/index.js';
import { segmentationLanguage, splitSentences } from '../segment/index.js';
import type { InlineCode } from './inline.js';
import { langTagOrUnd, primaryLanguage } from './lang-tag.js';
import { oneSidedRemoval } from './one-sided.js';
import type { BitextCorpus, CorpusBead, CorpusDocument, CorpusPair, CorpusTextEdit, ForeignUnit, ManyPolicy, SentenceRange } from './types.js';

export interface SelectOptions {
  /** Export beads nobody confirmed too (default: confirmed only). */
  includeUnconfirmed?: boolean;
  /** Skip unconfirmed beads below this confidence (confirmed beads always pass). */
  minConfidence?: number;
  /** Beads with several sentences on a side: one paragraph unit (default), split, or left out. */
  many?: ManyPolicy;
  /** [source, target] tags of the export (default corpus.languages); see planPairs. */
  languages?: readonly [string, string];
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
  /** The document's inline codes when its text holds placeholders (inline.ts). */
  codes?: readonly InlineCode[];
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
  /** 'paragraph' for a bead of several sentences on a side exported as one unit (TMX segtype). */
  segtype: 'sentence' | 'paragraph';
  /** Another tool's data about the unit (imported files). */
  foreign?: ForeignUnit;
  /** Number of the part when an n:m bead was split into sentence units (id gets ".k"). */
  part?: number;
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
  /** The pair's document ids (to name them by file name). */
  a: string;
  b: string;
  reason: 'rejected' | 'version' | 'languages' | 'missing-document';
}

/**
 * Which pairs feed the bilingual exports, oriented as [source, target]. A side's language is its
 * imported file's tag when it has one, else its document's. Two different languages compare by
 * primary language (en-GB matches en); two variants of one language (en-US → en-GB) compare by
 * full tag, and then same-language ("version") pairs are what is exported.
 */
export function planPairs(corpus: BitextCorpus, languages: readonly [string, string] = corpus.languages): { plans: PairPlan[]; skipped: SkippedPair[] } {
  const docs = new Map(corpus.documents.map((d) => [d.id, d]));
  const [w1, w2] = languages;
  const sameLanguage = primaryLanguage(w1) === primaryLanguage(w2);
  const match = (tag: string, want: string) => (sameLanguage ? tag.toLowerCase() === want.toLowerCase() : primaryLanguage(tag) === primaryLanguage(want));
  const plans: PairPlan[] = [];
  const skipped: SkippedPair[] = [];
  for (const pair of corpus.pairs) {
    const a = docs.get(pair.a);
    const b = docs.get(pair.b);
    if (!a || !b) skipped.push({ pairId: pair.id, a: pair.a, b: pair.b, reason: 'missing-document' });
    else if (pair.status === 'rejected') skipped.push({ pairId: pair.id, a: pair.a, b: pair.b, reason: 'rejected' });
    else if (pair.kind === 'version' && !sameLanguage) skipped.push({ pairId: pair.id, a: pair.a, b: pair.b, reason: 'version' });
    else {
      const la = pair.imported?.languages[0] ?? a.language;
      const lb = pair.imported?.languages[1] ?? b.language;
      if (match(la, w1) && match(lb, w2)) plans.push({ pair, swapped: false, src: a, tgt: b });
      else if (match(la, w2) && match(lb, w1)) plans.push({ pair, swapped: true, src: b, tgt: a });
      else skipped.push({ pairId: pair.id, a: pair.a, b: pair.b, reason: 'languages' });
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
    ...(doc.codes?.length ? { codes: doc.codes } : {}),
  };
}

/**
 * Sentence links inside an n:m bead, in the bead's own (pair-oriented) sentence indices: the
 * pair's recorded links when it has them, else the aligner run on the bead's sentences alone —
 * kept only when every sentence comes out in a 1:1 link the aligner is sure of. Null: not known.
 */
export function innerLinks(pair: CorpusPair, beadIndex: number, a: CorpusDocument, b: CorpusDocument): Array<{ src: number[]; tgt: number[] }> | null {
  const known = pair.subLinks?.[beadIndex];
  if (known?.length) return known;
  const bead = pair.beads[beadIndex]!;
  if (bead.src.length < 2 || bead.src.length !== bead.tgt.length) return null;
  const text = (doc: CorpusDocument, spans: readonly SentenceRange[], i: number) => doc.originalText.slice(spans[i]!.start, spans[i]!.end);
  const inner = alignSentences(
    bead.src.map((i) => text(a, pair.srcSentences, i)),
    bead.tgt.map((i) => text(b, pair.tgtSentences, i)),
    { srcLang: a.language, tgtLang: b.language },
  );
  if (!inner.every((x) => x.src.length === 1 && x.tgt.length === 1 && x.confidence >= 0.5)) return null;
  return inner.map((x) => ({ src: [bead.src[x.src[0]!]!], tgt: [bead.tgt[x.tgt[0]!]!] }));
}

/**
 * A side holding more than one sentence (by our segmenter): a bead of several sentences, or one
 * line of an imported file that is a paragraph. CAT tools re-segment such units when they are
 * marked segtype="paragraph" and otherwise never match them against sentence segments.
 */
function severalSentences(side: SegmentSide): boolean {
  // Cheap test first: no end punctuation followed by more text, no second sentence.
  if (side.text.length < 20 || !MID_SENTENCE_END.test(side.text)) return false;
  return splitSentences(side.text, segmentationLanguage(side.lang)).length > 1;
}
const MID_SENTENCE_END = /[.!?…。][\p{Pf}\p{Pe}"'»]*\s+\S/u;

export function round4(x: number): number {
  return Math.round(x * 1e4) / 1e4;
}

/** Segments of one planned pair. Beads with an empty side (before or after cleaning) are never segments. */
export function* pairSegments(plan: PairPlan, o: SelectOptions): Generator<ExportSegment> {
  const { pair, swapped } = plan;
  const srcSpans = swapped ? pair.tgtSentences : pair.srcSentences;
  const tgtSpans = swapped ? pair.srcSentences : pair.tgtSentences;
  const policy = o.many ?? 'paragraph';
  const [docA, docB] = swapped ? [plan.tgt, plan.src] : [plan.src, plan.tgt];
  for (let i = 0; i < pair.beads.length; i++) {
    const b = pair.beads[i]!;
    if (!beadSelected(b, o)) continue;
    const many = b.src.length > 1 || b.tgt.length > 1;
    if (many && policy === 'omit') continue;
    const links = many && policy === 'split' ? innerLinks(pair, i, docA, docB) : null;
    const parts = links ?? [{ src: b.src, tgt: b.tgt }];
    const foreign = pair.imported?.units[i];
    for (let k = 0; k < parts.length; k++) {
      const l = parts[k]!;
      // A sentence removed on one side only: the sides no longer match (one-sided.ts, QA report).
      if (oneSidedRemoval(docA, pair.srcSentences, l.src, docB, pair.tgtSentences, l.tgt)) continue;
      const s = side(plan.src, srcSpans, swapped ? l.tgt : l.src);
      const t = side(plan.tgt, tgtSpans, swapped ? l.src : l.tgt);
      if (!s || !t || !s.text || !t.text) continue;
      // Each side carries the export's tag (en-GB, fr-CA), as TMX/XLIFF write it, not the detected code.
      if (o.languages) {
        s.lang = langTagOrUnd(o.languages[0]);
        t.lang = langTagOrUnd(o.languages[1]);
      }
      // Segmenting the text to tell a paragraph costs time: only the formats that ask pay it.
      let segtype: ExportSegment['segtype'] | undefined = !links && many ? 'paragraph' : links ? 'sentence' : undefined;
      yield {
        get segtype() {
          return (segtype ??= severalSentences(s) || severalSentences(t) ? 'paragraph' : 'sentence');
        },
        id: links ? `${pair.id}:${i}.${k + 1}` : `${pair.id}:${i}`,
        pairId: pair.id,
        bead: i,
        src: s,
        tgt: t,
        confidence: round4(b.confidence),
        confirmed: b.confirmed,
        origin: b.origin,
        edited: s.edits.length > 0 || t.edits.length > 0,
        ...(foreign ? { foreign } : {}),
        ...(links ? { part: k + 1 } : {}),
      };
    }
  }
}

/** All exported segments, pair by pair; `onBead` counts scanned beads for progress. */
export function* corpusSegments(corpus: BitextCorpus, o: SelectOptions, onBead?: (scanned: number) => void): Generator<ExportSegment> {
  let scanned = 0;
  for (const plan of planPairs(corpus, o.languages).plans) {
    for (const seg of pairSegments(plan, o)) {
      yield seg;
      onBead?.(scanned + seg.bead + 1);
    }
    scanned += plan.pair.beads.length;
    onBead?.(scanned);
  }
}

export function totalBeads(corpus: BitextCorpus, languages?: readonly [string, string]): number {
  return planPairs(corpus, languages).plans.reduce((n, p) => n + p.pair.beads.length, 0);
}
