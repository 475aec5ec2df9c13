// React access to the SearchStore: one per workbench (results survive a jump to a hit and back).
import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { useSelect } from '../../state/use-select.js';
import { useStore } from '../../state/use-workbench.js';
import { SearchStore, type SearchUiState } from './search-store.js';

const SearchContext = createContext<SearchStore | null>(null);

export function SearchProvider({ children }: { children: ReactNode }) {
  const wb = useStore();
  const [store] = useState(() => new SearchStore(wb));
  // A reload on the search: its question is asked again (kept in the history entry).
  useEffect(() => {
    store.restore();
  }, [store]);
  // Text changed somewhere (a fix, undo, a replace): shown results are searched again, once for a burst.
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | null = null;
    const stop = wb.onTextChanged(() => {
      timer ??= setTimeout(() => {
        timer = null;
        store.refreshIfShown();
      }, 50);
    });
    return () => {
      stop();
      if (timer) clearTimeout(timer);
    };
  }, [wb, store]);
  return <SearchContext.Provider value={store}>{children}</SearchContext.Provider>;
}

export function useSearchStore(): SearchStore {
  const s = useContext(SearchContext);
  if (!s) throw new Error('useSearchStore outside SearchProvider');
  return s;
}

export function useSearch<T>(select: (s: SearchUiState) => T): T {
  return useSelect(useSearchStore().store, select);
}
