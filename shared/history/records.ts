// Every change the editor makes is an edit record: what, where, before, after, by whom (a check
// or by hand) and when. The project keeps the records and a cursor; undo steps the cursor back
// and applies the inverse, redo steps forward. Records persist, so undo survives a restart.
import type { AlignmentChange } from '../alignment/operations.js';

interface RecordBase {
  id: string;
  at: string;
  /** What the change was, as a key the UI names in its language ("merge", "apply-to-all:3"): see labels.ts. */
  label: string;
}

export interface AlignmentEdit extends RecordBase {
  kind: 'alignment';
  pairId: string;
  change: AlignmentChange;
}

/** A replacement in a document's text. Offsets are in the ORIGINAL decoded text. */
export interface TextEdit extends RecordBase {
  kind: 'text';
  docId: string;
  start: number;
  end: number;
  before: string;
  after: string;
  /** Which check proposed it (rule id), or 'manual'. */
  source: string;
  findingId?: string;
}

/** Several records done and undone as one step ("apply to all"). */
export interface BatchEdit extends RecordBase {
  kind: 'batch';
  records: Array<AlignmentEdit | TextEdit | StatusEdit>;
}

/** A finding's status (rejected, excluded…) or a pair's status: a value before and after. */
export interface StatusEdit extends RecordBase {
  kind: 'status';
  target: string;
  before: string | null;
  after: string | null;
  /** e.g. the editor's reason for rejecting a finding. */
  note?: string;
}

export type EditRecord = AlignmentEdit | TextEdit | BatchEdit | StatusEdit;

export interface History {
  records: EditRecord[];
  /** records[0..cursor) are in effect; records[cursor..] were undone and can be redone. */
  cursor: number;
  /**
   * The snapshot that compaction folds old records into: still in effect, no longer undoable.
   * Only records whose effect is derived from the history (text edits, finding statuses) are
   * kept here; alignment and pair changes already live in the alignment files and pair list.
   */
  base?: Array<TextEdit | StatusEdit>;
}

/** Undoable steps kept; older ones are folded into the base snapshot. */
export const MAX_HISTORY = 5000;

export function emptyHistory(): History {
  return { records: [], cursor: 0 };
}

/** Whether a folded record still matters: its effect is derived from the history, not stored elsewhere. */
function derivedFromHistory(r: AlignmentEdit | TextEdit | StatusEdit): r is TextEdit | StatusEdit {
  return r.kind === 'text' || (r.kind === 'status' && !r.target.startsWith('pair:'));
}

/** Appends a record: anything undone before it can no longer be redone. */
export function pushRecord(h: History, r: EditRecord, max = MAX_HISTORY): History {
  const records = h.records.slice(0, h.cursor);
  records.push(r);
  return compact({ ...h, records, cursor: records.length }, max);
}

/**
 * Folds the oldest records past `max` into the base snapshot, whatever their kind: a batch fix or
 * a rejection stays in effect exactly like a plain text edit (it just cannot be undone any more).
 */
export function compact(h: History, max = MAX_HISTORY): History {
  const excess = Math.min(h.records.length - max, h.cursor);
  if (excess <= 0) return h;
  const folded = h.records
    .slice(0, excess)
    .flatMap((x) => primitives(x))
    .filter(derivedFromHistory);
  return { ...h, base: [...(h.base ?? []), ...folded], records: h.records.slice(excess), cursor: h.cursor - excess };
}

export function canUndo(h: History): boolean {
  return h.cursor > 0;
}
export function canRedo(h: History): boolean {
  return h.cursor < h.records.length;
}

/** Flattens batches: the primitive records in the order they were applied. */
export function primitives(r: EditRecord): Array<AlignmentEdit | TextEdit | StatusEdit> {
  return r.kind === 'batch' ? r.records.flatMap((x) => primitives(x)) : [r];
}

/** The records currently in effect, flattened: the folded snapshot first, then the undoable ones. */
export function activeRecords(h: History): Array<AlignmentEdit | TextEdit | StatusEdit> {
  return [...(h.base ?? []), ...h.records.slice(0, h.cursor).flatMap((r) => primitives(r))];
}
