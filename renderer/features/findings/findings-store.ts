// The findings workflow's state: the findings, the panel's filters and selection, and the editor's
// decisions sent to the core. Plain TypeScript (tested with a fake bridge); React reads it through
// use-findings.tsx. Saving, notices and undo history go through the WorkbenchStore. The findings
// themselves are the cache's getFindings query (the core's findings-changed {docIds} refetches the
// named documents' findings): a decision sends one request, and its findings arrive by event.
import type { CheckProfileView, FindingView, FindingsState, FixOccurrence, FixResult } from '../../../shared/api/contract.js';
import type { CheckProfile } from '../../../shared/checks/profile.js';
import type { QueryState } from '../../state/query-cache.js';
import { Store } from '../../state/store.js';
import type { WorkbenchStore } from '../../state/workbench-store.js';
import type { TextMode } from './text-marks.js';
import { DEFAULT_FINDING_FILTERS, filterFindings, sortFindings, successor, type FindingFilters, type FindingSort } from './finding-query.js';

export type FixOffer = NonNullable<FixResult['offer']>;

export interface FindingsUiState {
  status: 'idle' | 'loading' | 'ready' | 'failed';
  data: FindingsState | null;
  error: unknown;
  panelOpen: boolean;
  selectedId: string | null;
  filters: FindingFilters;
  sort: FindingSort;
  /** A hand fix's "apply the same fix elsewhere?" offer, shown until answered. */
  offer: FixOffer | null;
  checking: boolean;
  /** New check settings were saved: the core re-checks in the background until findings change. */
  recheckPending: boolean;
  /** The document view shows the original text (findings, fixes marked) or the cleaned text. */
  textMode: TextMode;
}

const INITIAL: FindingsUiState = {
  status: 'idle',
  data: null,
  error: null,
  panelOpen: false,
  selectedId: null,
  filters: DEFAULT_FINDING_FILTERS,
  sort: 'position',
  offer: null,
  checking: false,
  recheckPending: false,
  textMode: 'original',
};

const isCancelled = (err: unknown) => (err as { error?: { code?: string } } | null)?.error?.code === 'job.cancelled';

export class FindingsStore {
  readonly store = new Store<FindingsUiState>(INITIAL);
  private readonly query: Store<QueryState<FindingsState>>;

  constructor(private readonly wb: WorkbenchStore) {
    // Subscribed for the workbench's lifetime: the findings are always shown (table counts, panel),
    // so every findings-changed event refetches them.
    this.query = wb.queries.store('getFindings', {});
    this.query.subscribe(() => this.sync());
  }

  getState = (): FindingsUiState => this.store.getState();
  subscribe = (listener: () => void): (() => void) => this.store.subscribe(listener);

  private get state(): FindingsUiState {
    return this.store.getState();
  }

  private set(patch: Partial<FindingsUiState>): void {
    this.store.set(patch);
  }

  /** The query's answer into the panel's state. */
  private sync(): void {
    const q = this.query.getState();
    if (q.data !== undefined && q.data !== this.state.data) {
      // Any new findings end a pending re-check (after new check settings).
      this.applyData(q.data, this.state.recheckPending ? { recheckPending: false } : {});
      return;
    }
    if (q.data !== undefined) this.set({ status: 'ready', error: q.error });
    else if (q.status === 'failed') this.set({ status: 'failed', error: q.error });
    else if (q.status === 'loading') this.set({ status: 'loading' });
  }

  /** The list as the panel shows it (filtered, sorted). */
  visible(s: FindingsUiState = this.state): FindingView[] {
    return s.data ? sortFindings(filterFindings(s.data.findings, s.filters), s.sort) : [];
  }

  selected(): FindingView | null {
    return this.state.data?.findings.find((f) => f.id === this.state.selectedId) ?? null;
  }

  /** Fetches all the findings (a request under way is shared). */
  async load(): Promise<void> {
    await this.wb.queries.refetch('getFindings', {});
  }

  /** New data in; the selection follows the finding it was on, or the one that took its place. */
  private applyData(data: FindingsState, extra: Partial<FindingsUiState> = {}): void {
    const before = this.visible();
    const next: FindingsUiState = { ...this.state, ...extra, data, status: 'ready', error: null };
    const id = this.state.selectedId;
    if (id !== null) next.selectedId = successor(before, this.visible(next), id)?.id ?? (data.findings.some((f) => f.id === id) ? id : null);
    this.store.replace(next);
  }

  setPanelOpen(panelOpen: boolean): void {
    this.set({ panelOpen });
  }

  setFilters(filters: FindingFilters): void {
    this.set({ filters });
  }

  setTextMode(textMode: TextMode): void {
    this.set({ textMode });
  }

  setSort(sort: FindingSort): void {
    this.set({ sort });
  }

  /** Selects a finding and asks the views to show its span. */
  select(id: string | null, reveal = true): void {
    this.set({ selectedId: id });
    const f = this.selected();
    if (f && reveal) this.wb.revealSpan({ docId: f.docId, start: f.start, end: f.end, findingId: f.id });
  }

  /** From a highlight in the text: open the panel on that finding, showing it even if filtered out. */
  focusFinding(id: string): void {
    const f = this.state.data?.findings.find((x) => x.id === id);
    if (!f) return;
    const shown = this.visible().some((x) => x.id === id);
    this.set({ panelOpen: true, selectedId: id, ...(shown ? {} : { filters: { ...DEFAULT_FINDING_FILTERS, status: null } }) });
  }

  /** The findings it changed arrive by event (findings-changed {docIds}): nothing to ask here. */
  private afterFix(r: FixResult | undefined): FixResult | undefined {
    if (r?.offer && r.offer.occurrences.length > 0) this.set({ offer: r.offer });
    return r;
  }

  accept(f: FindingView, suggestion: number): Promise<FixResult | undefined> {
    return this.wb.runFix(() => this.wb.bridge.call('acceptFinding', { findingId: f.id, suggestion })).then((r) => this.afterFix(r));
  }

  edit(f: FindingView, text: string): Promise<FixResult | undefined> {
    return this.wb.runFix(() => this.wb.bridge.call('editFinding', { findingId: f.id, text })).then((r) => this.afterFix(r));
  }

  reject(f: FindingView, reason: string, ignorePattern: boolean): Promise<FixResult | undefined> {
    const input = { findingId: f.id, ...(reason.trim() ? { reason: reason.trim() } : {}), ...(ignorePattern ? { ignorePattern } : {}) };
    return this.wb.runFix(() => this.wb.bridge.call('rejectFinding', input)).then((r) => this.afterFix(r));
  }

  reopen(f: FindingView): Promise<FixResult | undefined> {
    return this.wb.runFix(() => this.wb.bridge.call('reopenFinding', { findingId: f.id })).then((r) => this.afterFix(r));
  }

  /** Other open findings the same fix settles (the finding itself included). */
  async preview(f: FindingView, suggestion: number): Promise<FixOccurrence[] | undefined> {
    try {
      return await this.wb.bridge.call('previewApplyToAll', { findingId: f.id, suggestion });
    } catch (err) {
      this.wb.report(err);
      return undefined;
    }
  }

  applyToAll(f: FindingView, suggestion: number, findingIds: string[]): Promise<FixResult | undefined> {
    return this.wb.runFix(() => this.wb.bridge.call('applyToAll', { findingId: f.id, suggestion, findingIds })).then((r) => this.afterFix(r));
  }

  fixText(docId: string, start: number, end: number, text: string): Promise<FixResult | undefined> {
    return this.wb.runFix(() => this.wb.bridge.call('fixText', { docId, start, end, text })).then((r) => this.afterFix(r));
  }

  dismissOffer(): void {
    this.set({ offer: null });
  }

  async applyOffer(offer: FixOffer, places: FixOccurrence[]): Promise<void> {
    this.set({ offer: null });
    if (places.length === 0) return;
    const input = { from: offer.from, to: offer.to, places: places.map(({ docId, start, end }) => ({ docId, start, end })) };
    this.afterFix(await this.wb.runFix(() => this.wb.bridge.call('applyFixAt', input)));
  }

  /** Runs every check again (a job: progress and Cancel in the top bar). */
  async runChecks(): Promise<void> {
    if (this.state.checking) return;
    this.set({ checking: true });
    try {
      this.wb.queries.setData('getFindings', {}, await this.wb.bridge.call('runChecks', {}));
    } catch (err) {
      // A cancelled run is reported by the job status already.
      if (!isCancelled(err)) this.wb.report(err);
    } finally {
      this.set({ checking: false });
    }
  }

  /**
   * Saves the check settings (validated by the core, which then re-checks in the background and
   * says "findings changed" when done). Until then the panel shows the re-check as running.
   */
  async saveProfile(profile: CheckProfile): Promise<CheckProfileView | undefined> {
    // Set before the call: the re-check can finish before the answer arrives on a small project.
    this.set({ recheckPending: true });
    const view = await this.wb.track(() => this.wb.bridge.call('setCheckProfile', { profile }));
    if (!view) this.set({ recheckPending: false });
    return view;
  }

  /** The background re-check ended without new findings (failed or cancelled): stop waiting. */
  recheckEnded(): void {
    if (this.state.recheckPending) this.set({ recheckPending: false });
  }

  /** A name-translation finding's name becomes a do-not-translate glossary entry; then the checks run again. */
  async addNameToGlossary(f: FindingView): Promise<boolean> {
    const entries = await this.wb.track(() => this.wb.bridge.call('addNameToGlossary', { findingId: f.id }));
    if (!entries) return false;
    await this.runChecks();
    return true;
  }
}
