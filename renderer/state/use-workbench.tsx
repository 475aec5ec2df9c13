// React access to the WorkbenchStore: a context for the instance, a selector hook for its state.
import { createContext, useContext, type ReactNode } from 'react';
import { useSelect } from './use-select.js';
import type { WorkbenchState, WorkbenchStore } from './workbench-store.js';

const StoreContext = createContext<WorkbenchStore | null>(null);

export function StoreProvider({ store, children }: { store: WorkbenchStore; children: ReactNode }) {
  return <StoreContext.Provider value={store}>{children}</StoreContext.Provider>;
}

export function useStore(): WorkbenchStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useStore outside StoreProvider');
  return store;
}

/** Re-renders only when the selected slice changes (selectors must return stable references). */
export function useWorkbench<T>(select: (s: WorkbenchState) => T): T {
  return useSelect(useStore().store, select);
}
