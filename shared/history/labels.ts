// What an edit record's `label` says: a stable key, never words in some language, so the UI can
// name the change in its own language ("Undo: merge beads", « Annuler : fusion de segments »).
// A key may carry a count ("apply-to-all:3"). Records written before keys (English words such as
// "apply to all (2)") still load: they parse as null and the UI falls back to a plain "Undo".

export const HISTORY_LABEL_KEYS = [
  // Alignment
  'merge',
  'link',
  'split',
  'unlink',
  'empty-partner',
  'move-sentence',
  'confirm',
  'unconfirm',
  'confirm-above',
  'cross-link',
  'edit-sentence',
  'pair-suggested',
  'pair-confirmed',
  'pair-rejected',
  // Findings and text fixes
  'accept-fix',
  'edit-finding',
  'reject-finding',
  'reopen-finding',
  'revert-fix',
  'edit-text',
  'apply-to-all',
  'same-fix-elsewhere',
  // Corpus search and replace
  'replace-in-corpus',
  // Documents
  'mark-reviewed',
  'mark-unreviewed',
  'set-language',
  'clear-language',
] as const;

export type HistoryLabelKey = (typeof HISTORY_LABEL_KEYS)[number];

export interface ParsedHistoryLabel {
  key: HistoryLabelKey;
  count?: number;
}

const KNOWN = new Set<string>(HISTORY_LABEL_KEYS);

/** The label to record: the key, with ":count" when a count is given. */
export function historyLabel(key: HistoryLabelKey, count?: number): string {
  return count === undefined ? key : `${key}:${count}`;
}

/** The key (and count) of a recorded label; null for labels that are not keys (older records). */
export function parseHistoryLabel(label: string): ParsedHistoryLabel | null {
  const m = /^([a-z-]+)(?::(\d+))?$/.exec(label);
  if (!m || !KNOWN.has(m[1]!)) return null;
  const key = m[1] as HistoryLabelKey;
  return m[2] === undefined ? { key } : { key, count: Number(m[2]) };
}
