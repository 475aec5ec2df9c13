// One open pair's alignment in the renderer: loads it, sends the editor's operations one at a time,
// and keeps the bead list current by applying patches (its own answers, undo/redo, other windows).
// Plain TypeScript over a Store (state/store.ts), like every store of the renderer, so it tests in
// Node. Not a cached query: the alignment is kept current by patches, not by refetching.
import type { AlignmentOp, AlignmentPatch, AlignmentView, EditResult } from '../../../shared/api/contract.js';
import { ApiCallError } from '../../bridge/index.js';
import { Store } from '../../state/store.js';
import type { WorkbenchStore } from '../../state/workbench-store.js';
import { applyPatch } from './alignment-patch.js';
import type { Side } from './bead-commands.js';

export interface SessionState {
  status: 'loading' | 'ready' | 'failed';
  view: AlignmentView | null;
  error: unknown;
  realigning: boolean;
}

export class AlignmentSession {
  readonly states = new Store<SessionState>({ status: 'loading', view: null, error: null, realigning: false });
  /** Edits go out one after another, so each applies to the state the previous one left. */
  private queue: Promise<unknown> = Promise.resolve();
  private loadRequest = 0;

  constructor(
    private readonly store: WorkbenchStore,
    readonly pairId: string,
  ) {}

  getState = (): SessionState => this.states.getState();
  subscribe = (listener: () => void): (() => void) => this.states.subscribe(listener);
  private get state(): SessionState {
    return this.states.getState();
  }
  private set(patch: Partial<SessionState>): void {
    this.states.set(patch);
  }

  /** Starts listening for patches and loads the alignment; returns the stop function. */
  start(): () => void {
    const stop = this.store.onAlignmentPatch((p) => this.receive(p));
    void this.load();
    return stop;
  }

  async load(realign = false, dictionary?: string): Promise<void> {
    const request = ++this.loadRequest;
    if (!this.state.view) this.set({ status: 'loading', error: null });
    try {
      const view = await this.store.bridge.call(
        'getAlignment',
        realign ? { pairId: this.pairId, realign, ...(dictionary ? { dictionary } : {}) } : { pairId: this.pairId },
      );
      if (request !== this.loadRequest) return;
      this.store.setHistory(view.history);
      this.set({ status: 'ready', view, error: null });
    } catch (err) {
      if (request !== this.loadRequest) return;
      if (this.state.view) {
        // Keep showing what we have; a cancelled realignment is reported by the job status.
        if (!(err instanceof ApiCallError && err.error.code === 'job.cancelled')) this.store.report(err);
      } else this.set({ status: 'failed', error: err });
    }
  }

  /** Aligns again; `dictionary` (hunalign text) adds the editor's word pairs. */
  async realign(dictionary?: string): Promise<void> {
    this.set({ realigning: true });
    try {
      await this.load(true, dictionary);
    } finally {
      this.set({ realigning: false });
    }
  }

  receive(p: AlignmentPatch): void {
    const view = this.state.view;
    if (!view) return;
    const r = applyPatch(view, p);
    if (r.outcome === 'stale') void this.load();
    else if (r.view !== view) this.set({ view: r.view });
  }

  private enqueue(call: () => Promise<EditResult>): Promise<EditResult | undefined> {
    const run = this.queue.then(() => this.store.runEdit(call));
    this.queue = run;
    return run;
  }

  edit(op: AlignmentOp): Promise<EditResult | undefined> {
    return this.enqueue(() => this.store.bridge.call('editAlignment', { pairId: this.pairId, op }));
  }

  editSentence(side: Side, index: number, text: string): Promise<EditResult | undefined> {
    return this.enqueue(() => this.store.bridge.call('editSentence', { pairId: this.pairId, side, index, text }));
  }
}
