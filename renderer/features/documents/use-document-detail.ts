// One document's text and segments: a query of the cache, asked again when the document's
// encoding, language or length changes (document-changed with such a summary, see state/queries.ts).
import type { DocumentDetail, DocumentSummary } from '../../../shared/api/contract.js';
import { useQuery } from '../../state/use-query.js';

export type DetailState = { status: 'loading' } | { status: 'ready'; detail: DocumentDetail } | { status: 'failed'; error: unknown };

export function useDocumentDetail(id: string, _summary?: DocumentSummary): DetailState {
  const q = useQuery('getDocument', { id });
  if (q.data) return { status: 'ready', detail: q.data };
  if (q.status === 'failed') return { status: 'failed', error: q.error };
  return { status: 'loading' };
}
