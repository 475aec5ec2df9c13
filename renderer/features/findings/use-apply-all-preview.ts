// How many open findings the first suggestion would settle (for the "Apply to all N" button).
import { useEffect, useState } from 'react';
import type { FindingView, FixOccurrence } from '../../../shared/api/contract.js';
import { useFindingsStore } from './use-findings.js';

export function useApplyAllPreview(f: FindingView | null, suggestion: number): FixOccurrence[] | null {
  const store = useFindingsStore();
  const [occurrences, setOccurrences] = useState<FixOccurrence[] | null>(null);
  const key = f && f.status === 'open' && f.suggestions.length > suggestion ? `${f.id}:${suggestion}` : null;
  useEffect(() => {
    setOccurrences(null);
    if (!key || !f) return;
    let live = true;
    void store.preview(f, suggestion).then((o) => live && setOccurrences(o ?? null));
    return () => {
      live = false;
    };
    // Keyed on the finding's id and status (key), not the object, which every refetch replaces.
  }, [store, key]);
  return occurrences;
}
