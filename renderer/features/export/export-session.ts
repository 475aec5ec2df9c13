// The Export view's state, kept outside React so that leaving the view during a long export (or
// coming back later) keeps the choices, the running export and its result. One session per bridge.
import type { ApiInput, ExportResult } from '../../../shared/api/contract.js';
import { ApiCallError, type Bridge } from '../../bridge/index.js';
import { recall, remember } from '../../state/remembered.js';
import { Store } from '../../state/store.js';
import { MANY_POLICIES, type ManyPolicy } from '../../../shared/export/types.js';
import { DEFAULT_CHOICES, FORMAT_ORDER, type ExportChoices } from './export-model.js';

const CHOICES_KEY = 'exportChoices';

/** Last session's export options (remembered.ts), formats limited to the ones this version knows. */
function recalledChoices(): ExportChoices {
  const c = recall<ExportChoices>(CHOICES_KEY, DEFAULT_CHOICES);
  const formats = FORMAT_ORDER.filter((f) => c.formats.includes(f));
  const many = MANY_POLICIES.includes(c.many as ManyPolicy) ? c.many : DEFAULT_CHOICES.many;
  return { ...c, formats: formats.length ? formats : DEFAULT_CHOICES.formats, scope: c.scope === 'all' ? 'all' : 'confirmed', ...(many ? { many } : {}) };
}

export type ExportRun =
  | { state: 'idle' }
  | { state: 'running'; request: ApiInput<'exportCorpus'> }
  | { state: 'done'; request: ApiInput<'exportCorpus'>; result: ExportResult }
  /** The editor closed the folder dialog (Electron): nothing was written. */
  | { state: 'noFolder' }
  | { state: 'cancelled' }
  | { state: 'failed'; error: unknown };

export interface ExportSessionState {
  choices: ExportChoices;
  run: ExportRun;
}

export class ExportSession {
  /** The renderer's one state primitive (state/store.ts). */
  readonly store = new Store<ExportSessionState>({ choices: recalledChoices(), run: { state: 'idle' } });

  constructor(private readonly bridge: Bridge) {}

  getState = (): ExportSessionState => this.store.getState();
  subscribe = (listener: () => void): (() => void) => this.store.subscribe(listener);
  private get state(): ExportSessionState {
    return this.store.getState();
  }
  private set(patch: Partial<ExportSessionState>): void {
    this.store.set(patch);
  }

  setChoices(choices: ExportChoices): void {
    this.set({ choices });
    remember(CHOICES_KEY, choices);
  }

  get running(): boolean {
    return this.state.run.state === 'running';
  }

  /** Runs one export; a second one while the first runs is ignored. */
  async run(request: ApiInput<'exportCorpus'>): Promise<ExportRun> {
    if (this.running) return this.state.run;
    this.set({ run: { state: 'running', request } });
    let run: ExportRun;
    try {
      const result = await this.bridge.call('exportCorpus', request);
      run = result ? { state: 'done', request, result } : { state: 'noFolder' };
    } catch (error) {
      run = error instanceof ApiCallError && error.error.code === 'job.cancelled' ? { state: 'cancelled' } : { state: 'failed', error };
    }
    this.set({ run });
    return run;
  }

  /** Forgets the last result (the choices stay). */
  dismiss(): void {
    if (!this.running) this.set({ run: { state: 'idle' } });
  }
}

const sessions = new WeakMap<Bridge, ExportSession>();

export function exportSessionFor(bridge: Bridge): ExportSession {
  let s = sessions.get(bridge);
  if (!s) {
    s = new ExportSession(bridge);
    sessions.set(bridge, s);
  }
  return s;
}
