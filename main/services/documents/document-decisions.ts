// The editor's decisions about a document — "reviewed" and the language set by hand — are edit
// records like any other, so Undo and Redo cover them and they survive a restart.
import { randomBytes } from 'node:crypto';
import { historyLabel } from '../../../shared/history/labels.js';
import type { StatusEdit } from '../../../shared/history/records.js';
import type { HistoryService } from '../history/history-service.js';

const REVIEWED = 'reviewed:';
const LANGUAGE = 'language:';

export function registerDocumentDecisions(history: HistoryService): void {
  history.register('status:reviewed', {
    stage: (r, dir, tx) => {
      const s = r as StatusEdit;
      const id = s.target.slice(REVIEWED.length);
      const value = (dir === 'revert' ? s.before : s.after) === 'true';
      tx.mutate((p) => {
        const d = p.documents.find((x) => x.id === id);
        if (d) d.reviewed = value;
      });
    },
  });
  history.register('status:language', {
    stage: (r, dir, tx) => {
      const s = r as StatusEdit;
      const id = s.target.slice(LANGUAGE.length);
      const value = dir === 'revert' ? s.before : s.after;
      tx.mutate((p) => {
        const d = p.documents.find((x) => x.id === id);
        if (d) d.override = value;
      });
    },
  });
}

const record = (target: string, before: string | null, after: string | null, label: string): StatusEdit => ({
  id: `e_${randomBytes(8).toString('hex')}`,
  at: new Date().toISOString(),
  label,
  kind: 'status',
  target,
  before,
  after,
});

export function reviewedRecord(docId: string, before: boolean, after: boolean): StatusEdit {
  return record(`${REVIEWED}${docId}`, String(before), String(after), historyLabel(after ? 'mark-reviewed' : 'mark-unreviewed'));
}

/** Override null = back to the detected language. */
export function languageRecord(docId: string, before: string | null, after: string | null): StatusEdit {
  return record(`${LANGUAGE}${docId}`, before, after, historyLabel(after === null ? 'clear-language' : 'set-language'));
}
