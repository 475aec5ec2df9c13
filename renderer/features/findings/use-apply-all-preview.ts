// How many open findings the first suggestion would settle (for the "Apply to all N" button): a
// query of the cache, asked again when findings change in a document where it has places.
import { useEffect } from 'react';
import type { FindingView, FixOccurrence } from '../../../shared/api/contract.js';
import { useQuery } from '../../state/use-query.js';
import { useStore } from '../../state/use-workbench.js';
import { useFindings } from './use-findings.js';

export function useApplyAllPreview(f: FindingView | null, suggestion: number): FixOccurrence[] | null {
  const wb = useStore();
  // Keyed on the finding's id (and asked only while it is open), not the object, which every refetch replaces.
  const open = f !== null && f.status === 'open' && f.suggestions.length > suggestion;
  const findings = useFindings((s) => s.data);
  const q = useQuery('previewApplyToAll', open ? { findingId: f.id, suggestion } : null, findings);
  const failed = open && q.status === 'failed' ? q.error : null;
  useEffect(() => {
    if (failed) wb.report(failed);
  }, [wb, failed]);
  return open && q.status === 'ready' ? (q.data ?? null) : null;
}
