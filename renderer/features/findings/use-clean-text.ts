// A document's original and cleaned text with the edits between them: one query of the cache,
// asked again only when this document's text changed (document-changed {id, text}).
import type { ApiOutputs } from '../../../shared/api/contract.js';
import { useQuery } from '../../state/use-query.js';

export type CleanText = ApiOutputs['getCleanText'];

/** Null until loaded, and when it cannot be read (the view then shows the original, findings only). */
export function useCleanText(id: string): CleanText | null {
  const q = useQuery('getCleanText', { id });
  return q.data ?? null;
}
