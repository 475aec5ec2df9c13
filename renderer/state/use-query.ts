// React access to one query of the cache: the view subscribes to it (so events that invalidate it
// make it refetch while shown) and it is fetched when first shown or shown again after a change.
import { useEffect, useSyncExternalStore } from 'react';
import type { ApiInput, ApiMethod, ApiOutputs } from '../../shared/api/contract.js';
import { queryKey, type QueryState } from './query-cache.js';
import { useStore } from './use-workbench.js';

/**
 * `params` null: nothing to ask yet (the view has no id); the state stays idle. `after`: a value
 * this query derives from (the findings): when it changes, a query marked stale is asked again.
 */
export function useQuery<N extends ApiMethod>(name: N, params: ApiInput<N> | null, after?: unknown): QueryState<ApiOutputs[N]> {
  const { queries } = useStore();
  // A new params object with the same content is the same query (same key, same store).
  const key = params === null ? null : queryKey(name, params);
  const store = params === null ? null : queries.store(name, params);
  const state = useSyncExternalStore(store?.subscribe ?? noSubscribe, store?.getState ?? idle);
  useEffect(() => {
    if (params !== null) void queries.ensure(name, params);
  }, [queries, key, after]);
  return state as QueryState<ApiOutputs[N]>;
}

const IDLE: QueryState<never> = { status: 'idle', data: undefined, error: null, fetching: false };
const idle = () => IDLE;
const noSubscribe = () => () => undefined;
