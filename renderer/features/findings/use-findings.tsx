// React access to the FindingsStore: the provider makes one per workbench, refetches the findings
// whenever the core says they changed, and hosts the "same fix elsewhere?" dialog (a hand fix can
// come from the panel or the Document view). The selector hook reads a slice of the state.
import { createContext, useContext, useEffect, useState, useSyncExternalStore, type ReactNode } from 'react';
import { useStore, useWorkbench } from '../../state/use-workbench.js';
import { FindingsStore, type FindingsUiState } from './findings-store.js';
import { FixOfferDialog } from './FixOfferDialog.js';

const FindingsContext = createContext<FindingsStore | null>(null);

export function FindingsProvider({ children }: { children: ReactNode }) {
  const wb = useStore();
  const [store] = useState(() => new FindingsStore(wb));
  const version = useWorkbench((s) => s.findingsVersion);
  // Documents come and go (import, removal) without a findings event: their findings do too.
  const docCount = useWorkbench((s) => s.snapshot?.documents.length ?? 0);
  useEffect(() => {
    void store.load();
  }, [store, version, docCount]);
  // A background re-check (after new check settings) that failed or was cancelled brings no new
  // findings: stop showing it as running.
  const job = useWorkbench((s) => s.job);
  useEffect(() => {
    if (job?.kind === 'check' && (job.state === 'failed' || job.state === 'cancelled')) store.recheckEnded();
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
  const store = useFindingsStore();
  return useSyncExternalStore(store.subscribe, () => select(store.getState()));
}
