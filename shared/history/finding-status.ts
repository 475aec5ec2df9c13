// THE derivation of a finding's status from the history: the findings service, the export and
// QA report, and the renderer (through the service's FindingView) all read it from here.
//
// Semantics, by finding id only (ids are stable: shared/checks/finding-id.ts):
//  - a text edit in effect that names the finding (findingId) settles it: 'accepted' when the
//    check's suggestion was applied, 'edited' when the editor wrote the fix ('manual'); an edit
//    with source 'revert' puts the original text back and reopens it;
//  - a status record "finding:<id>" → 'rejected' (or 'dismissed', written by older versions)
//    rejects it, with the editor's reason; → 'open' reopens it;
//  - the latest record in effect wins; undone records (past the cursor) count for nothing.
// Spans are never compared: a span shifts with other edits, and another finding may come to
// occupy it.
import { activeRecords, type EditRecord, type History } from './records.js';

export type FindingStatus = 'open' | 'accepted' | 'edited' | 'rejected';
export const FINDING_STATUSES: readonly FindingStatus[] = ['open', 'accepted', 'edited', 'rejected'];

export interface FindingDecision {
  status: FindingStatus;
  /** The replacement in effect (accepted or edited). */
  applied?: string;
  /** The editor's reason (rejected). */
  reason?: string;
}

export const FINDING_TARGET = 'finding:';
export const findingTarget = (id: string): string => `${FINDING_TARGET}${id}`;

/** What the derivation reads of a record: history records, or the edits of an export corpus. */
export type DecisionRecord =
  | { kind: 'text'; findingId?: string; source: string; after: string }
  | { kind: 'status'; target: string; after: string | null; note?: string }
  | { kind: 'alignment' };

/** Decisions from the records in effect (a history, or its flattened records in order), keyed by finding id. */
export function findingDecisions(records: readonly DecisionRecord[] | History): Map<string, FindingDecision> {
  const list = 'cursor' in records ? activeRecords(records) : records;
  const out = new Map<string, FindingDecision>();
  for (const r of list) {
    if (r.kind === 'text' && r.findingId) {
      if (r.source === 'revert') out.set(r.findingId, { status: 'open' });
      else out.set(r.findingId, { status: r.source === 'manual' ? 'edited' : 'accepted', applied: r.after });
    } else if (r.kind === 'status' && r.target.startsWith(FINDING_TARGET)) {
      const id = r.target.slice(FINDING_TARGET.length);
      if (r.after === 'rejected' || r.after === 'dismissed') out.set(id, { status: 'rejected', ...(r.note ? { reason: r.note } : {}) });
      else if (r.after === 'open' || r.after === null) out.set(id, { status: 'open' });
    }
  }
  return out;
}

/**
 * A finding's decision. `aliases` are ids the same finding had under an older id scheme (records
 * written before ids were stable); the finding's own id comes first.
 */
export function decisionOf(decisions: ReadonlyMap<string, FindingDecision>, id: string, aliases: readonly string[] = []): FindingDecision {
  for (const k of [id, ...aliases]) {
    const d = decisions.get(k);
    if (d) return d;
  }
  return { status: 'open' };
}

/** Settled by a fix (the fixed text no longer shows the finding; it stays listed as done). */
export const isFixed = (s: FindingStatus): boolean => s === 'accepted' || s === 'edited';

export type { EditRecord };
