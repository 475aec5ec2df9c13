// The renderer's reads of the core, cached by (query, params). The core's events say what changed
// (document-changed {id}, findings-changed {docIds}, glossary-changed...); queries.ts turns each
// into `invalidate` calls on the queries it affects, and only those the screen shows are asked
// again: a fix in one document refetches that document's findings and clean text, nothing else.
// Concurrent identical requests are one request; while a query is asked again it keeps showing
// its last value. A query may know how to refetch part of itself (the findings of a few
// documents) and merge that into what it holds.
import type { ApiInput, ApiMethod, ApiOutputs } from '../../shared/api/contract.js';
import type { Bridge } from '../bridge/index.js';
import { Store } from './store.js';

export interface QueryState<T> {
  status: 'idle' | 'loading' | 'ready' | 'failed';
  /** The last value, kept while the query is asked again and when asking again fails. */
  data: T | undefined;
  error: unknown;
  /** A request is under way (first load or refetch). */
  fetching: boolean;
}

/** How a query refetches only part of itself: `scope` names the parts (document ids). */
export interface PartialQuery<N extends ApiMethod> {
  fetch(bridge: Bridge, params: ApiInput<N>, scope: string[]): Promise<ApiOutputs[N]>;
  merge(held: ApiOutputs[N], part: ApiOutputs[N], scope: string[]): ApiOutputs[N];
}

export type Partials = { [N in ApiMethod]?: PartialQuery<N> };

interface Entry {
  name: ApiMethod;
  params: unknown;
  store: Store<QueryState<unknown>>;
  inflight: Promise<unknown> | null;
  /** Invalidated since its last answer (or while a request was under way). */
  stale: boolean;
  /** Parts invalidated since the last answer: 'all', or document ids for a partial refetch. */
  scope: 'all' | Set<string>;
  /** Bumped by setData: an answer to a request sent before it is older than what was set. */
  version: number;
  lastUsed: number;
}

const IDLE: QueryState<never> = { status: 'idle', data: undefined, error: null, fetching: false };

/** Inactive queries kept for a return visit (their values can be whole documents). */
const KEEP_INACTIVE = 24;

/** A stable key: params are plain JSON, their keys sorted so { a, b } and { b, a } are one query. */
export function queryKey(name: string, params: unknown): string {
  return `${name} ${JSON.stringify(params, (_k, v: unknown) => (v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b))) : v))}`;
}

export class QueryCache {
  private readonly entries = new Map<string, Entry>();
  private clock = 0;

  /** `onError`: every failed request (the workbench notices a lost session there). */
  constructor(
    private readonly bridge: Bridge,
    private readonly partials: Partials = {},
    private readonly onError: (error: unknown) => void = () => undefined,
  ) {}

  /** The query's store (created idle); reading it does not fetch: see ensure/fetch. */
  store<N extends ApiMethod>(name: N, params: ApiInput<N>): Store<QueryState<ApiOutputs[N]>> {
    return this.entry(name, params).store as Store<QueryState<ApiOutputs[N]>>;
  }

  private entry(name: ApiMethod, params: unknown): Entry {
    const key = queryKey(name, params);
    let e = this.entries.get(key);
    if (!e) {
      e = { name, params, store: new Store<QueryState<unknown>>(IDLE), inflight: null, stale: false, scope: 'all', version: 0, lastUsed: 0 };
      this.entries.set(key, e);
      this.evict();
    }
    e.lastUsed = ++this.clock;
    return e;
  }

  /** The value, fetched if never asked or invalidated since; a request under way is shared. */
  ensure<N extends ApiMethod>(name: N, params: ApiInput<N>): Promise<ApiOutputs[N] | undefined> {
    const e = this.entry(name, params);
    if (e.inflight) return e.inflight as Promise<ApiOutputs[N] | undefined>;
    const { status } = e.store.getState();
    if (status !== 'idle' && status !== 'failed' && !e.stale) return Promise.resolve(e.store.getState().data as ApiOutputs[N] | undefined);
    return this.run(e) as Promise<ApiOutputs[N] | undefined>;
  }

  /** Asks again now (the whole query); a request under way is shared and followed by this one. */
  refetch<N extends ApiMethod>(name: N, params: ApiInput<N>): Promise<ApiOutputs[N] | undefined> {
    const e = this.entry(name, params);
    e.stale = true;
    e.scope = 'all';
    return (e.inflight ?? this.run(e)) as Promise<ApiOutputs[N] | undefined>;
  }

  /**
   * Marks the matching queries of `name` as changed; those shown on screen (with listeners) are
   * asked again, the others when next shown. `scope` (document ids) lets a query with a partial
   * form ask only for those parts. `lazy`: only marked, asked again at the view's next ensure()
   * (a query derived from another, asked once that one has answered).
   */
  invalidate<N extends ApiMethod>(
    name: N,
    match: (params: ApiInput<N>, data: ApiOutputs[N] | undefined) => boolean = () => true,
    scope?: readonly string[],
    lazy = false,
  ): void {
    if (scope && scope.length === 0) return;
    for (const e of [...this.entries.values()]) {
      if (e.name !== name || !match(e.params as ApiInput<N>, e.store.getState().data as ApiOutputs[N] | undefined)) continue;
      if (e.store.getState().status === 'idle' && !e.inflight) continue;
      e.stale = true;
      if (!scope) e.scope = 'all';
      else if (e.scope !== 'all') e.scope = new Set([...e.scope, ...scope]);
      if (!lazy && !e.inflight && e.store.listenerCount > 0) void this.run(e);
    }
  }

  /** Anything may have changed (the event stream was down): every query is stale, shown ones asked again. */
  invalidateAll(): void {
    for (const name of new Set([...this.entries.values()].map((e) => e.name))) this.invalidate(name);
  }

  /** Puts a value the core answered elsewhere (a mutation's result) into the query. */
  setData<N extends ApiMethod>(name: N, params: ApiInput<N>, data: ApiOutputs[N]): void {
    const e = this.entry(name, params);
    e.version++;
    e.stale = false;
    e.scope = new Set();
    e.store.set({ status: 'ready', data, error: null });
  }

  private run(e: Entry): Promise<unknown> {
    const scope = e.scope;
    const version = e.version;
    e.stale = false;
    e.scope = new Set();
    const held = e.store.getState();
    e.store.set({ fetching: true, ...(held.data === undefined ? { status: 'loading' as const } : {}) });
    const partial = this.partials[e.name] as PartialQuery<ApiMethod> | undefined;
    const parts = scope === 'all' ? null : [...scope];
    const request: Promise<unknown> =
      partial && parts && parts.length > 0 && held.data !== undefined
        ? partial.fetch(this.bridge, e.params as never, parts).then((part) => partial.merge(e.store.getState().data as never, part as never, parts))
        : this.bridge.call(e.name, e.params as never);
    const done = request.then(
      (data) => {
        if (version === e.version) e.store.set({ status: 'ready', data, error: null, fetching: false });
        else e.store.set({ fetching: false });
        return e.store.getState().data;
      },
      (error: unknown) => {
        // The last value stays on screen; the error is there for views that say so.
        e.store.set({ status: e.store.getState().data === undefined ? 'failed' : 'ready', error, fetching: false });
        this.onError(error);
        return e.store.getState().data;
      },
    );
    e.inflight = done.finally(() => {
      e.inflight = null;
      // Invalidated while the request was under way: its answer may predate the change.
      if (e.stale && e.store.listenerCount > 0) void this.run(e);
    });
    return e.inflight;
  }

  /** Drops the least recently used queries nobody shows beyond KEEP_INACTIVE. */
  private evict(): void {
    const idle = [...this.entries].filter(([, e]) => e.store.listenerCount === 0 && !e.inflight);
    if (idle.length <= KEEP_INACTIVE) return;
    idle.sort(([, a], [, b]) => a.lastUsed - b.lastUsed);
    for (const [key] of idle.slice(0, idle.length - KEEP_INACTIVE)) this.entries.delete(key);
  }
}
