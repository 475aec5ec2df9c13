// The renderer's single source of truth for project data. Plain TypeScript (no React) so it can be
// tested in Node with a fake bridge; components read it through use-workbench.ts. Its state is a
// Store (store.ts); the core's reads other than the snapshot live in `queries` (query-cache.ts),
// which the core's events invalidate by name (queries.ts).
import type {
  AlignmentPatch,
  DocumentSummary,
  EditResult,
  HistoryState,
  ImportReport,
  JobInfo,
  LanguageCode,
  PairSummary,
  Snapshot,
  UiLanguage,
  WorkbenchEvent,
} from '../../shared/api/contract.js';
import type { Bridge } from '../bridge/index.js';
import { QueryCache } from './query-cache.js';
import { documentReplaced, invalidateFor, PARTIALS } from './queries.js';
import { Store } from './store.js';

export interface Notice {
  id: number;
  /** What was caught from the bridge; translated when rendered, so a language switch re-translates it. */
  error: unknown;
}

export interface WorkbenchState {
  status: 'loading' | 'ready' | 'failed';
  loadError: unknown;
  snapshot: Snapshot | null;
  /** Mutations sent but not yet answered: drives "Saving…". */
  pendingSaves: number;
  job: JobInfo | null;
  /** True while the renderer reads dropped or picked files before uploading them. */
  readingFiles: boolean;
  lastImport: ImportReport | null;
  notices: Notice[];
  /** The last native-menu command pushed by main; `seq` lets the same command fire twice. */
  command: { seq: number; name: MenuCommand } | null;
  /** The span the editor asked to see (a finding): any view showing that document scrolls to it and marks it. */
  reveal: RevealTarget | null;
  /** The server no longer answers this session (restarted, token gone): changes are not saved. */
  sessionLost: boolean;
}

/** A span of a document in ORIGINAL-text offsets (UTF-16); `seq` lets the same span be revealed twice. */
export interface RevealTarget {
  docId: string;
  start: number;
  end: number;
  findingId: string | null;
  seq: number;
}

export type MenuCommand = Extract<WorkbenchEvent, { type: 'command' }>['command'];

const INITIAL: WorkbenchState = {
  status: 'loading',
  loadError: null,
  snapshot: null,
  pendingSaves: 0,
  job: null,
  readingFiles: false,
  lastImport: null,
  notices: [],
  command: null,
  reveal: null,
  sessionLost: false,
};

/** How long the first load waits for the event stream to open. */
const STREAM_WAIT_MS = 2000;

export class WorkbenchStore {
  readonly store = new Store<WorkbenchState>(INITIAL);
  /** The core's reads (findings, clean texts, documents, glossary…), kept fresh by the events. */
  readonly queries: QueryCache;
  private snapshotRequest = 0;
  /**
   * Changes told (events, the answers of writes) while a snapshot read is on its way: the read may
   * have been made before them, so its answer is replayed through them (a slow structure refresh
   * would otherwise bring back the pairs from before an import's pairing step, or an older history).
   * Recorded only while a read is in flight; a new read starts a new list.
   */
  private toReplay: Array<(s: Snapshot) => Snapshot> | null = null;
  private noticeId = 0;
  private readonly patchListeners = new Set<(p: AlignmentPatch) => void>();
  private readonly textListeners = new Set<(docId: string) => void>();

  constructor(readonly bridge: Bridge) {
    // A read that finds the session gone says so like any other call (the banner, not a notice per view).
    this.queries = new QueryCache(bridge, PARTIALS, (err) => {
      if (isSessionLost(err)) this.set({ sessionLost: true });
    });
  }

  getState = (): WorkbenchState => this.store.getState();
  subscribe = (listener: () => void): (() => void) => this.store.subscribe(listener);

  private set(patch: Partial<WorkbenchState>): void {
    this.store.set(patch);
  }

  private update(fn: (s: WorkbenchState) => Partial<WorkbenchState>): void {
    this.store.update(fn);
  }

  private get state(): WorkbenchState {
    return this.store.getState();
  }

  /** The event stream's first opening (load waits a moment for it: no event is missed in between). */
  private opened: Promise<void> | null = null;
  private streamOpen = false;

  /**
   * Subscribes to pushed events; returns the unsubscribe function. Every reopening of the stream
   * after the first (EventSource reconnects by itself) catches up: the events of the gap are lost.
   */
  connectEvents(): () => void {
    let open: () => void = () => undefined;
    this.opened = new Promise((r) => (open = r));
    return this.bridge.onEvent(
      (e) => this.handleEvent(e),
      () => this.set({ sessionLost: true }),
      () => {
        if (this.streamOpen) this.catchUp();
        this.streamOpen = true;
        open();
      },
    );
  }

  /** Reads again what events could have said: the snapshot, and every query (shown ones now). */
  private catchUp(): void {
    this.refreshSoon();
    this.queries.invalidateAll();
  }

  handleEvent(e: WorkbenchEvent): void {
    switch (e.type) {
      case 'job':
        this.set({ job: e.job });
        return;
      case 'command':
        this.set({ command: { seq: (this.state.command?.seq ?? 0) + 1, name: e.command } });
        return;
      case 'project-changed':
        this.patchSnapshot((s) => ({ ...s, project: { ...s.project, savedAt: e.savedAt }, ...(e.history ? { history: e.history } : {}) }));
        // Only what no named event says (documents added or removed, project settings) needs the snapshot.
        if (e.structure) this.refreshSoon();
        return;
      case 'document-changed':
        if (e.summary) this.replaceDocument(e.summary);
        invalidateFor(this.queries, e);
        if (e.text) for (const l of [...this.textListeners]) l(e.id);
        return;
      case 'pairs-changed':
        this.patchSnapshot((s) => ({ ...s, pairs: e.pairs }));
        return;
      case 'glossary-changed':
      case 'findings-changed':
        invalidateFor(this.queries, e);
        return;
      case 'alignment-changed':
        this.emitPatch(e.patch);
        return;
      default:
        return;
    }
  }

  async load(): Promise<void> {
    this.set({ status: 'loading', loadError: null });
    // Events sent before the stream opens are lost: the snapshot is read once it is open (or after
    // a short wait, if it never opens; a lost session then says so).
    if (this.opened && !this.streamOpen) await Promise.race([this.opened, new Promise((r) => setTimeout(r, STREAM_WAIT_MS))]);
    try {
      await this.refresh(true);
    } catch (err) {
      this.set({ status: 'failed', loadError: err });
    }
  }

  /**
   * One snapshot for a burst of project-changed events (a fix saves, then its re-check saves):
   * the events name what changed; the snapshot catches the rest (documents added, history).
   */
  private refreshTimer: ReturnType<typeof setTimeout> | null = null;
  private refreshSoon(): void {
    if (this.refreshTimer) return;
    this.refreshTimer = setTimeout(() => {
      this.refreshTimer = null;
      void this.refresh();
    }, 80);
  }

  /** Fetches a fresh snapshot; answers that arrive after a newer request started are dropped. */
  async refresh(rethrow = false): Promise<void> {
    // This request also answers a burst's refresh still waiting to start.
    if (this.refreshTimer) {
      clearTimeout(this.refreshTimer);
      this.refreshTimer = null;
    }
    const request = ++this.snapshotRequest;
    // What was told before this read is in its answer; what is told from now on may not be.
    const replay: Array<(s: Snapshot) => Snapshot> = [];
    this.toReplay = replay;
    try {
      const snapshot = await this.bridge.call('getSnapshot', {});
      if (request !== this.snapshotRequest) return;
      this.toReplay = null;
      this.set({ snapshot: replay.reduce((s, apply) => apply(s), snapshot), status: 'ready' });
    } catch (err) {
      if (request === this.snapshotRequest) this.toReplay = null;
      if (rethrow) throw err;
      this.report(err);
    }
  }

  /** One change to the held snapshot, kept for a snapshot read that is on its way (see toReplay). */
  private patchSnapshot(apply: (s: Snapshot) => Snapshot): void {
    this.toReplay?.push(apply);
    this.update((s) => (s.snapshot ? { snapshot: apply(s.snapshot) } : {}));
  }

  /** A document's cleaned text changed (a fix, an edit, undo/redo, a replace): for views that search it. */
  onTextChanged(listener: (docId: string) => void): () => void {
    this.textListeners.add(listener);
    return () => this.textListeners.delete(listener);
  }

  /** Alignment patches (from edits, undo/redo and pushed events) for the open Pair views. */
  onAlignmentPatch(listener: (p: AlignmentPatch) => void): () => void {
    this.patchListeners.add(listener);
    return () => this.patchListeners.delete(listener);
  }

  private emitPatch(p: AlignmentPatch | null): void {
    if (p) for (const l of this.patchListeners) l(p);
  }

  setHistory(history: HistoryState): void {
    this.patchSnapshot((s) => ({ ...s, history }));
  }

  /** Runs an edit-like call (edit, undo, redo): its history is shown and its patch goes to the views. */
  async runEdit(call: () => Promise<EditResult>): Promise<EditResult | undefined> {
    const r = await this.save(call);
    if (r) {
      this.setHistory(r.history);
      this.emitPatch(r.patch);
    }
    return r;
  }

  undo(): Promise<EditResult | undefined> {
    return this.runEdit(() => this.bridge.call('undo', {}));
  }

  redo(): Promise<EditResult | undefined> {
    return this.runEdit(() => this.bridge.call('redo', {}));
  }

  private replacePair(pair: PairSummary): void {
    this.patchSnapshot((s) => {
      const known = s.pairs.some((p) => p.id === pair.id);
      return { ...s, pairs: known ? s.pairs.map((p) => (p.id === pair.id ? pair : p)) : [...s.pairs, pair] };
    });
  }

  async setPairStatus(pairId: string, status: PairSummary['status']): Promise<void> {
    const pair = await this.save(() => this.bridge.call('setPairStatus', { pairId, status }));
    if (pair) this.replacePair(pair);
  }

  async createPair(a: string, b: string): Promise<PairSummary | undefined> {
    const pair = await this.save(() => this.bridge.call('createPair', { a, b }));
    if (pair) this.replacePair(pair);
    return pair;
  }

  async suggestPairs(): Promise<void> {
    const pairs = await this.save(() => this.bridge.call('suggestPairs', {}));
    if (pairs) this.patchSnapshot((s) => ({ ...s, pairs }));
  }

  /** Shows a span of a document (Document view, Pair view); see RevealTarget. */
  revealSpan(target: Omit<RevealTarget, 'seq'>): void {
    this.update((s) => ({ reveal: { ...target, seq: (s.reveal?.seq ?? 0) + 1 } }));
  }

  /** A findings-workflow call: counted in "Saving…", failures become notices, its history is shown. */
  async runFix<T extends { history: HistoryState }>(call: () => Promise<T>): Promise<T | undefined> {
    const r = await this.save(call);
    if (r) this.setHistory(r.history);
    return r;
  }

  /** Any other saving call (glossary changes): counted in "Saving…", failures become notices. */
  track<T>(call: () => Promise<T>): Promise<T | undefined> {
    return this.save(call);
  }

  report(error: unknown): void {
    if (isSessionLost(error)) {
      // One banner says it (with Reconnect); the same failure repeated as notices adds nothing.
      this.set({ sessionLost: true });
      return;
    }
    this.update((s) => ({ notices: [...s.notices, { id: ++this.noticeId, error }] }));
  }

  dismissNotice(id: number): void {
    this.update((s) => ({ notices: s.notices.filter((n) => n.id !== id) }));
  }

  dismissImport(): void {
    this.set({ lastImport: null });
  }

  private async save<T>(work: () => Promise<T>): Promise<T | undefined> {
    this.update((s) => ({ pendingSaves: s.pendingSaves + 1 }));
    try {
      return await work();
    } catch (err) {
      this.report(err);
      return undefined;
    } finally {
      this.update((s) => ({ pendingSaves: s.pendingSaves - 1 }));
    }
  }

  private replaceDocument(doc: DocumentSummary): void {
    const before = this.state.snapshot?.documents.find((d) => d.id === doc.id);
    this.patchSnapshot((s) => ({ ...s, documents: s.documents.map((d) => (d.id === doc.id ? doc : d)) }));
    documentReplaced(this.queries, before, doc);
  }

  async setOverride(id: string, language: LanguageCode | null): Promise<void> {
    const doc = await this.save(() => this.bridge.call('setLanguageOverride', { id, language }));
    if (doc) this.replaceDocument(doc);
  }

  /** Optimistic: the checkbox flips at once and flips back if the call fails. */
  async setReviewed(id: string, reviewed: boolean): Promise<void> {
    const before = this.state.snapshot?.documents.find((d) => d.id === id);
    if (before) this.replaceDocument({ ...before, reviewed });
    const doc = await this.save(() => this.bridge.call('setReviewed', { id, reviewed }));
    if (doc) this.replaceDocument(doc);
    else if (before) this.replaceDocument(before);
  }

  async setEncoding(id: string, encoding: string): Promise<DocumentSummary | undefined> {
    const doc = await this.save(() => this.bridge.call('setEncoding', { id, encoding }));
    if (doc) this.replaceDocument(doc);
    return doc;
  }

  async setUiLanguage(language: UiLanguage): Promise<void> {
    const settings = await this.save(() => this.bridge.call('setUiLanguage', { language }));
    if (settings) this.patchSnapshot((s) => ({ ...s, settings }));
  }

  async cancelJob(): Promise<void> {
    const job = this.state.job;
    if (!job) return;
    try {
      this.set({ job: await this.bridge.call('cancelJob', { id: job.id }) });
    } catch (err) {
      this.report(err);
    }
  }

  setReadingFiles(readingFiles: boolean): void {
    this.set({ readingFiles });
  }

  /** Runs one import call (or several batches) and shows their merged report. */
  async runImport(calls: Array<() => Promise<ImportReport>>): Promise<ImportReport | undefined> {
    const merged: ImportReport = { imported: [], rejected: [] };
    const ok = await this.save(async () => {
      for (const call of calls) {
        const r = await call();
        merged.imported.push(...r.imported);
        merged.rejected.push(...r.rejected);
      }
      return true;
    });
    // Keep what earlier batches imported even when a later one failed.
    // An empty report means the editor closed the dialog without choosing: nothing to announce.
    if (merged.imported.length + merged.rejected.length === 0) return ok ? merged : undefined;
    this.set({ lastImport: merged });
    await this.refresh();
    return merged;
  }
}

function isSessionLost(err: unknown): boolean {
  return (err as { error?: { code?: string } } | null)?.error?.code === 'session.lost';
}
