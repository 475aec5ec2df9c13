// React access to the SearchStore: one per workbench (results survive a jump to a hit and back).
import { createContext, useContext, useEffect, useState, useSyncExternalStore, type ReactNode } from 'react';
import { useStore, useWorkbench } from '../../state/use-workbench.js';
import { SearchStore, type SearchUiState } from './search-store.js';

const SearchContext = createContext<SearchStore | null>(null);

export function SearchProvider({ children }: { children: ReactNode }) {
  const wb = useStore();
  const [store] = useState(() => new SearchStore(wb));
  // Text changed somewhere (a fix, undo, a replace): shown results are searched again.
  const version = useWorkbench((s) => s.findingsVersion);
  useEffect(() => {
    store.refreshIfShown();
  }, [store, version]);
  return <SearchContext.Provider value={store}>{children}</SearchContext.Provider>;
}

export function useSearchStore(): SearchStore {
  const s = useContext(SearchContext);
  if (!s) throw new Error('useSearchStore outside SearchProvider');
  return s;
}

export function useSearch<T>(select: (s: SearchUiState) => T): T {
  const store = useSearchStore();
  return useSyncExternalStore(store.subscribe, () => select(store.getState()));
}
