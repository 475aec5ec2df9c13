// Findings and a revealed span inside the Pair view's sentences. Findings and reveals are in
// ORIGINAL-text offsets; a sentence shows its current text (the editor's fixes applied), so spans
// are moved into the sentence's own coordinates first, through the fixes made inside it. Then the
// findings panel's helpers (markPieces, touches) cut the sentence, and each cut carries the diff or
// anchor runs it covers. Pure, unit-tested.
import type { AlignmentView, FindingView, SentenceView } from '../../../shared/api/contract.js';
import type { RevealTarget } from '../../state/workbench-store.js';
import type { Side } from './bead-commands.js';
import { markPieces, touches, type CleanEdit } from '../findings/index.js';
import { pushPiece, type Piece } from './text-pieces.js';

export interface Span {
  start: number;
  end: number;
}

/** A stretch of a sentence: its diff/anchor runs, the open findings over it, whether it is revealed. */
export interface SentenceMark extends Span {
  pieces: Piece[];
  findings: FindingView[];
  revealed: boolean;
}

/** The fixes counted in a sentence's text: those entirely inside it (as the core builds it). */
function editsInside(s: SentenceView, edits: readonly CleanEdit[]): CleanEdit[] {
  return s.edited ? edits.filter((e) => e.start >= s.start && e.end <= s.end).sort((a, b) => a.start - b.start) : [];
}

/** An original position in the sentence's text; inside a fix it goes to the fix's start or end. */
function localPos(s: SentenceView, inside: readonly CleanEdit[], pos: number, edge: 'start' | 'end'): number {
  let shift = 0;
  for (const e of inside) {
    if (e.end <= pos && !(e.start === e.end && e.start === pos && edge === 'start')) shift += e.after.length - (e.end - e.start);
    else if (e.start < pos) return e.start - s.start + shift + (edge === 'end' ? e.after.length : 0);
  }
  return pos - s.start + shift;
}

/**
 * An original-text span as a span of the sentence's text, or null when it does not touch the
 * sentence. `strict`: null when the span overlaps a fix (an open finding over changed text is
 * not shown, as in the Document view).
 */
export function sentenceSpan(s: SentenceView, edits: readonly CleanEdit[], span: Span, strict = false): Span | null {
  const empty = span.start === span.end;
  if (empty ? span.start < s.start || span.start > s.end : span.end <= s.start || span.start >= s.end) return null;
  const inside = editsInside(s, edits);
  if (strict && inside.some((e) => e.start < span.end && span.start < e.end)) return null;
  const start = localPos(s, inside, Math.max(span.start, s.start), 'start');
  const end = localPos(s, inside, Math.min(span.end, s.end), 'end');
  return { start: Math.min(start, s.text.length), end: Math.min(Math.max(start, end), s.text.length) };
}

/** The sentence (index) holding the start of a span; -1 when none does. Sentences are in text order. */
export function sentenceAt(sentences: readonly SentenceView[], span: Span): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid]!;
    if (span.start < s.start) hi = mid - 1;
    else if (span.start >= s.end && !(span.start === s.end && span.end === s.end)) lo = mid + 1;
    else return mid;
  }
  // Between two sentences (whitespace): the next one, if the span reaches it.
  const next = sentences[lo];
  return next && span.end > next.start ? lo : -1;
}

/** Open findings of one document by sentence index, moved into each sentence's coordinates. */
export function findingsBySentence(
  sentences: readonly SentenceView[],
  findings: readonly FindingView[],
  edits: readonly CleanEdit[],
): Map<number, FindingView[]> {
  const out = new Map<number, FindingView[]>();
  for (const f of findings) {
    if (f.status !== 'open' || f.end <= f.start) continue;
    const first = sentenceAt(sentences, f);
    if (first < 0) continue;
    for (let i = first; i < sentences.length && sentences[i]!.start < f.end; i++) {
      const local = sentenceSpan(sentences[i]!, edits, f, true);
      if (!local || local.end <= local.start) continue;
      const list = out.get(i) ?? [];
      list.push({ ...f, ...local });
      out.set(i, list);
    }
  }
  return out;
}

/** The runs of `pieces` (which spell `text`) that fall in [from, to). */
function clip(pieces: readonly Piece[], from: number, to: number): Piece[] {
  const out: Piece[] = [];
  let at = 0;
  for (const p of pieces) {
    const s = Math.max(at, from);
    const e = Math.min(at + p.text.length, to);
    if (e > s) pushPiece(out, p.text.slice(s - at, e - at), p.kind);
    at += p.text.length;
  }
  return out;
}

/**
 * A sentence cut for display: where open findings (sentence coordinates) lie and where the revealed
 * span is, each stretch with the diff/anchor runs under it.
 */
export function sentenceMarks(text: string, pieces: readonly Piece[], findings: readonly FindingView[], reveal: Span | null): SentenceMark[] {
  const cuts = markPieces(text, 0, text.length, findings, [], 'original');
  const out: SentenceMark[] = [];
  for (const c of cuts) {
    const found = c.kind === 'finding' ? c.findings : [];
    // The revealed span gets its own stretch, so only it is marked.
    const points = [c.start, c.end];
    if (reveal && reveal.end > reveal.start) for (const p of [reveal.start, reveal.end]) if (p > c.start && p < c.end) points.splice(points.length - 1, 0, p);
    for (let i = 0; i + 1 < points.length; i++) {
      const span = { start: points[i]!, end: points[i + 1]! };
      out.push({ ...span, pieces: clip(pieces, span.start, span.end), findings: found, revealed: reveal !== null && touches(span, reveal) });
    }
  }
  return out;
}

/** Where a revealed span lands in a pair: side, sentence (in sentence coordinates), bead. */
export interface PairReveal {
  side: Side;
  index: number;
  span: Span;
  bead: number;
  /** Position of the sentence within its side of the bead. */
  position: number;
  seq: number;
}

/** The sentence holding the reveal's start (else the nearest one); null when neither document is its. */
export function locateReveal(
  view: AlignmentView,
  reveal: RevealTarget | null,
  edits: { src: readonly CleanEdit[]; tgt: readonly CleanEdit[] },
): PairReveal | null {
  if (!reveal) return null;
  const side: Side | null = view.src.docId === reveal.docId ? 'src' : view.tgt.docId === reveal.docId ? 'tgt' : null;
  if (!side) return null;
  const sentences = view[side].sentences;
  if (sentences.length === 0) return null;
  let index = sentenceAt(sentences, reveal);
  if (index < 0) {
    const after = sentences.findIndex((s) => s.start >= reveal.start);
    index = after < 0 ? sentences.length - 1 : after;
  }
  const bead = view.beads.findIndex((b) => b[side].includes(index));
  if (bead < 0) return null;
  const s = sentences[index]!;
  const span = sentenceSpan(s, edits[side], reveal) ?? { start: 0, end: 0 };
  return { side, index, span, bead, position: view.beads[bead]![side].indexOf(index), seq: reveal.seq };
}
