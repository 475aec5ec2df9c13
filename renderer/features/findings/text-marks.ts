// Cuts one block of a document's text into pieces for the document view: plain text, open findings
// (underlined), and the editor's fixes (marked; a removal is struck through in the original view and
// hidden in the cleaned view). All offsets are in the ORIGINAL text. Pure, unit-tested.
import type { FindingView } from '../../../shared/api/contract.js';

export interface CleanEdit {
  start: number;
  end: number;
  before: string;
  after: string;
  source: string;
  /** The finding this edit fixes (absent: a hand edit). */
  findingId?: string;
}

export type TextMode = 'original' | 'cleaned';

export type MarkPiece =
  | { kind: 'text'; start: number; end: number; text: string }
  /** Open findings covering this stretch; the first is the one shown (most severe, then shortest). */
  | { kind: 'finding'; start: number; end: number; text: string; findings: FindingView[] }
  /** A fix: `text` is what the mode shows (original text, or the replacement in the cleaned view). */
  | { kind: 'fixed'; start: number; end: number; text: string; edit: CleanEdit; findingId: string | null }
  /** Removed from the cleaned text: struck through in the original view. */
  | { kind: 'excluded'; start: number; end: number; text: string; edit: CleanEdit; findingId: string | null }
  /** Cleaned view: where removed text was (nothing shown but a marker). */
  | { kind: 'hidden'; start: number; end: number; text: ''; edit: CleanEdit; findingId: string | null };

const RANK = { error: 0, warning: 1, info: 2 } as const;

function primaryFirst(a: FindingView, b: FindingView): number {
  return RANK[a.severity] - RANK[b.severity] || a.end - a.start - (b.end - b.start) || a.start - b.start;
}

/**
 * The finding whose fix an edit is, for linking a fixed mark to its finding: the edit names it
 * (statuses and links go by id, never by span — shared/history/finding-status.ts).
 */
function findingOf(edit: CleanEdit, findings: readonly FindingView[]): string | null {
  if (!edit.findingId) return null;
  return findings.some((x) => x.id === edit.findingId) ? edit.findingId : null;
}

function findingPieces(text: string, from: number, to: number, open: readonly FindingView[]): MarkPiece[] {
  if (to <= from) return [];
  const inRange = open.filter((f) => f.end > from && f.start < to && f.end > f.start);
  const cuts = new Set<number>([from, to]);
  for (const f of inRange) {
    cuts.add(Math.max(from, f.start));
    cuts.add(Math.min(to, f.end));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out: MarkPiece[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const s = points[i]!;
    const e = points[i + 1]!;
    const covering = inRange.filter((f) => f.start <= s && f.end >= e).sort(primaryFirst);
    const slice = text.slice(s, e);
    const last = out.at(-1);
    if (covering.length === 0) {
      if (last?.kind === 'text') {
        last.end = e;
        last.text += slice;
      } else out.push({ kind: 'text', start: s, end: e, text: slice });
    } else out.push({ kind: 'finding', start: s, end: e, text: slice, findings: covering });
  }
  return out;
}

/**
 * Pieces of text[from, to). Edits are atomic (a fix is shown whole); findings are shown only where
 * the text is unchanged, and only while open.
 */
export function markPieces(text: string, from: number, to: number, findings: readonly FindingView[], edits: readonly CleanEdit[], mode: TextMode): MarkPiece[] {
  const open = findings.filter((f) => f.status === 'open');
  const inBlock = edits
    .filter((e) => (e.end > from && e.start < to) || (e.start === e.end && e.start >= from && e.start < to))
    .sort((a, b) => a.start - b.start || a.end - b.end);
  const out: MarkPiece[] = [];
  let pos = from;
  for (const edit of inBlock) {
    const s = Math.max(pos, edit.start);
    const e = Math.max(s, Math.min(to, edit.end));
    out.push(...findingPieces(text, pos, s, open));
    const findingId = findingOf(edit, findings);
    // A fix that spans blocks shows its replacement once, in the block where it starts.
    const startsHere = edit.start >= from;
    if (edit.after === '') {
      if (mode === 'original') out.push({ kind: 'excluded', start: s, end: e, text: text.slice(s, e), edit, findingId });
      else if (startsHere) out.push({ kind: 'hidden', start: s, end: e, text: '', edit, findingId });
    } else {
      const shown = mode === 'original' ? text.slice(s, e) : startsHere ? edit.after : '';
      if (shown !== '' || mode === 'original') out.push({ kind: 'fixed', start: s, end: e, text: shown, edit, findingId });
    }
    pos = e;
  }
  out.push(...findingPieces(text, pos, to, open));
  // Empty fixes stay: an insertion in the original view is shown as a marker where it goes.
  return out.filter((p) => (p.kind !== 'text' && p.kind !== 'finding') || p.text !== '');
}

/** The block's span without the whitespace around it (text blocks are shown trimmed). */
export function trimmedRange(text: string, start: number, end: number): { start: number; end: number } {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  return { start: s, end: e };
}

/** Whether a piece shows (part of) the span to reveal; an empty span counts where it sits. */
export function touches(piece: { start: number; end: number }, span: { start: number; end: number }): boolean {
  if (span.start === span.end) return piece.start <= span.start && span.start <= piece.end;
  return piece.end > span.start && piece.start < span.end;
}

/** The cleaned text rebuilt from the pieces of the whole text (a self-check against getCleanText). */
export function cleanedFromPieces(pieces: readonly MarkPiece[]): string {
  return pieces.map((p) => (p.kind === 'excluded' ? '' : p.text)).join('');
}
