// React access to the FindingsStore: the provider makes one per workbench (its findings follow the
// core's findings-changed events through the query cache) and hosts the "same fix elsewhere?"
// dialog (a hand fix can come from the panel or the Document view). The selector hook reads a slice.
import { createContext, useContext, useEffect, useRef, useState, type ReactNode } from 'react';
import { useSelect } from '../../state/use-select.js';
import { useStore, useWorkbench } from '../../state/use-workbench.js';
import { FindingsStore, type FindingsUiState } from './findings-store.js';
import { FixOfferDialog } from './FixOfferDialog.js';

const FindingsContext = createContext<FindingsStore | null>(null);

export function FindingsProvider({ children }: { children: ReactNode }) {
  const wb = useStore();
  const [store] = useState(() => new FindingsStore(wb));
  // Documents come and go (import, removal) without a findings event: their findings do too.
  const docCount = useWorkbench((s) => s.snapshot?.documents.length ?? null);
  const seen = useRef<number | null | undefined>(undefined);
  useEffect(() => {
    // The first load, then again only when the number of documents really changed.
    const before = seen.current;
    seen.current = docCount;
    if (before === undefined || (before !== null && docCount !== null && before !== docCount)) void store.load();
  }, [store, docCount]);
  // A background re-check (after new check settings) that failed or was cancelled brings no new
  // findings: stop showing it as running.
  const job = useWorkbench((s) => s.job);
  useEffect(() => {
    if ((job?.kind === 'check' || job?.stage?.kind === 'check') && (job.state === 'failed' || job.state === 'cancelled')) store.recheckEnded();
  }, [store, job]);
  return (
    <FindingsContext.Provider value={store}>
      {children}
      <OfferHost />
    </FindingsContext.Provider>
  );
}

function OfferHost() {
  const offer = useFindings((s) => s.offer);
  return offer ? <FixOfferDialog offer={offer} /> : null;
}

export function useFindingsStore(): FindingsStore {
  const store = useContext(FindingsContext);
  if (!store) throw new Error('useFindingsStore outside FindingsProvider');
  return store;
}

/** Re-renders when the selected slice changes (selectors must return stable references). */
export function useFindings<T>(select: (s: FindingsUiState) => T): T {
  return useSelect(useFindingsStore().store, select);
}
