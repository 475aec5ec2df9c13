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
}

export const MAX_HISTORY = 5000;

export function emptyHistory(): History {
  return { records: [], cursor: 0 };
}

/** Appends a record: anything undone before it can no longer be redone. */
export function pushRecord(h: History, r: EditRecord): History {
  const records = h.records.slice(0, h.cursor);
  records.push(r);
  // Text edits must stay to rebuild cleaned text: only drop the oldest non-text records.
  while (records.length > MAX_HISTORY) {
    const k = records.findIndex((x) => x.kind !== 'text');
    if (k < 0) break;
    records.splice(k, 1);
  }
  return { records, cursor: records.length };
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

/** The records currently in effect, flattened. */
export function activeRecords(h: History): Array<AlignmentEdit | TextEdit | StatusEdit> {
  return h.records.slice(0, h.cursor).flatMap((r) => primitives(r));
}
