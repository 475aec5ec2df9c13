// The id a finding had before ids were stable (sha256 of document, rule, ORIGINAL start offset and
// text). Status records written by those versions name it: the findings service and the export
// pass it as an alias to decisionOf (shared/history/finding-status.ts) so old decisions still hold.
import { createHash } from 'node:crypto';

export function legacyFindingId(f: { docId: string; rule: string; start: number; text: string }): string {
  return `f_${createHash('sha256').update(`${f.docId}\u0000${f.rule}\u0000${f.start}\u0000${f.text}`).digest('hex').slice(0, 16)}`;
}
