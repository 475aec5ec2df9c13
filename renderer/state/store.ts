// The renderer's one state primitive: a value, replaced (never mutated) by set/update, with
// subscribe/getState shaped for React's useSyncExternalStore. Every store of the renderer (the
// workbench, findings, search, an open pair, export, each query of the cache) is one of these;
// components read a slice through useSelect (use-select.ts) and re-render only when it changes.
// Hand-written rather than zustand: its vanilla store is these same few lines, and the selector
// hook with an equality test needs its "traditional" entry plus use-sync-external-store.

export class Store<S extends object> {
  private state: S;
  private readonly listeners = new Set<() => void>();

  constructor(initial: S) {
    this.state = initial;
  }

  getState = (): S => this.state;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  };

  /** How many listeners (views) are subscribed: a query nobody shows is not fetched again. */
  get listenerCount(): number {
    return this.listeners.size;
  }

  /** Merges a patch into the state; listeners run only if some field really changed. */
  set(patch: Partial<S>): void {
    let changed = false;
    for (const k of Object.keys(patch) as Array<keyof S>) if (!Object.is(patch[k], this.state[k])) changed = true;
    if (!changed) return;
    this.state = { ...this.state, ...patch };
    for (const l of [...this.listeners]) l();
  }

  update(fn: (s: S) => Partial<S>): void {
    this.set(fn(this.state));
  }

  /** Replaces the whole state (a query's answer, a reset). */
  replace(next: S): void {
    if (next === this.state) return;
    this.state = next;
    for (const l of [...this.listeners]) l();
  }
}
