// What each event of the core makes stale in the query cache, and how the findings refetch only
// the documents an event names. One place for the whole mapping, so a new event or query is
// wired here and nowhere else.
import type { DocumentSummary, FindingsState, WorkbenchEvent } from '../../shared/api/contract.js';
import type { Partials, QueryCache } from './query-cache.js';

/** The findings of `docIds` (as answered in `part`) in place of those held; the rest kept. */
export function mergeFindings(held: FindingsState, part: FindingsState, docIds: readonly string[]): FindingsState {
  const changed = new Set(docIds);
  const fresh = new Map<string, FindingsState['findings']>();
  for (const f of part.findings) {
    const list = fresh.get(f.docId);
    if (list) list.push(f);
    else fresh.set(f.docId, [f]);
  }
  const findings: FindingsState['findings'] = [];
  // Each changed document's findings go where its old ones were (the core's order by document).
  for (const f of held.findings) {
    if (!changed.has(f.docId)) findings.push(f);
    else if (fresh.has(f.docId)) {
      findings.push(...fresh.get(f.docId)!);
      fresh.delete(f.docId);
    }
  }
  for (const list of fresh.values()) findings.push(...list);
  // Counts by category over the whole list, as the core computes them.
  const counts: FindingsState['counts'] = {};
  for (const f of findings) {
    const c = (counts[f.category] ??= { open: 0, total: 0 });
    c.total++;
    if (f.status === 'open') c.open++;
  }
  return { ...part, findings, counts };
}

export const PARTIALS: Partials = {
  getFindings: {
    fetch: (bridge, _params, docIds) => bridge.call('getFindings', { docIds }),
    merge: mergeFindings,
  },
};

/** A summary change that changes the document's own text or segments (getDocument). */
const detailOf = (d: DocumentSummary | undefined) => (d ? `${d.encoding}|${d.language}|${d.chars}` : '');

/** A document's summary was replaced (by an event or an answer): a new encoding, language or length means its text and segments are read again. */
export function documentReplaced(cache: QueryCache, before: DocumentSummary | undefined, after: DocumentSummary): void {
  if (before && detailOf(before) !== detailOf(after)) cache.invalidate('getDocument', (p) => p.id === after.id);
}

/** Marks stale what the event says changed (a document's summary: documentReplaced). */
export function invalidateFor(cache: QueryCache, e: WorkbenchEvent): void {
  switch (e.type) {
    case 'document-changed':
      if (e.text) cache.invalidate('getCleanText', (p) => p.id === e.id);
      return;
    case 'findings-changed': {
      const docIds = e.docIds;
      cache.invalidate('getFindings', () => true, docIds);
      // "Apply to all N" counts with a place in a named document: asked again once the findings
      // have arrived (use-apply-all-preview), by then the selection may have moved on.
      if (!docIds || docIds.length > 0)
        cache.invalidate('previewApplyToAll', (_p, places) => !docIds || !places || places.some((o) => docIds.includes(o.docId)), undefined, true);
      return;
    }
    case 'glossary-changed':
      cache.invalidate('getGlossary');
      return;
    default:
      return;
  }
}
