// React access to a Store: the component re-renders only when its selected slice changes.
// A selector may build a new object each time (a filtered list, a pair of values): `isEqual`
// decides whether it changed, so useSyncExternalStore sees a stable value and does not loop.
import { useCallback, useRef, useSyncExternalStore } from 'react';
import type { Store } from './store.js';

export function useSelect<S extends object, T>(store: Store<S>, select: (s: S) => T, isEqual: (a: T, b: T) => boolean = Object.is): T {
  const memo = useRef<{ state: S; select: (s: S) => T; value: T } | null>(null);
  const get = useCallback(() => {
    const state = store.getState();
    const m = memo.current;
    if (m && m.state === state && m.select === select) return m.value;
    const next = select(state);
    const value = m && isEqual(m.value, next) ? m.value : next;
    memo.current = { state, select, value };
    return value;
  }, [store, select, isEqual]);
  return useSyncExternalStore(store.subscribe, get, get);
}
