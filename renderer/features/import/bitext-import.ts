// "Open TMX/TSV/XLIFF…": a bilingual file (ours or another tool's) becomes two documents and a
// confirmed pair through importBitext; a multilingual TM or a TSV can be opened again with other
// languages or another reading of its first row. Plain TypeScript: the state lives outside React (one session per
// bridge) so the result survives the Documents view switching between its empty and full layouts.
import type { ApiOutputs } from '../../../shared/api/contract.js';
import { ApiCallError, type Bridge } from '../../bridge/index.js';
import { Store } from '../../state/store.js';
import { base64Length, IMPORT_LIMIT_BYTES, MAX_FILE_BASE64 } from './upload-batches.js';

export type BitextReport = ApiOutputs['importBitext'];

export type BitextImportState =
  | { state: 'idle' }
  | { state: 'reading'; name: string }
  | { state: 'done'; name: string; report: BitextReport }
  /** A TM with more than two languages, read but not imported: the editor picks the two first. */
  | { state: 'choose'; name: string; languagesFound: string[]; languages: [string, string] }
  | { state: 'wrongType'; name: string }
  | { state: 'failed'; name: string; error: unknown };

/** The extensions importBitext reads (also the hidden input's `accept`). */
export const BITEXT_ACCEPT = '.tmx,.tsv,.tab,.xlf,.xliff';

export function isBitextName(name: string): boolean {
  return /\.(tmx|tsv|tab|xlf|xliff)$/i.test(name);
}

/** What the editor can choose when opening again: two language tags, the TSV's first row. */
export interface BitextOpenOptions {
  languages?: [string, string];
  tsvHeader?: 'auto' | 'yes' | 'no';
}

export type BitextWarning =
  | { key: 'inline'; params: { id: string } }
  | { key: 'missing'; params: { id: string; lang: string } }
  | { key: 'cells'; params: { line: number; cells: number; expected: number } }
  | { key: 'emptySide'; params: { n: number } };

/** The readers' warnings are English sentences; the known ones are recognised and translated. */
export function parseBitextWarning(w: string): BitextWarning | null {
  let m = /^tu (.+): inline codes dropped$/.exec(w);
  if (m) return { key: 'inline', params: { id: m[1]! } };
  m = /^tu (.+): no (\S+) variant, skipped$/.exec(w);
  if (m) return { key: 'missing', params: { id: m[1]!, lang: m[2]! } };
  m = /^line (\d+): (\d+) cells, expected (\d+); skipped$/.exec(w);
  if (m) return { key: 'cells', params: { line: Number(m[1]), cells: Number(m[2]), expected: Number(m[3]) } };
  m = /^segment (\d+): one side is empty, skipped$/.exec(w);
  if (m) return { key: 'emptySide', params: { n: Number(m[1]) } };
  return null;
}

export class BitextImportSession {
  /** The renderer's one state primitive (state/store.ts); each step replaces the whole state. */
  readonly store = new Store<BitextImportState>({ state: 'idle' });

  /** `refresh` fetches a new snapshot (the new documents and pair) after a successful import. */
  constructor(
    private readonly bridge: Bridge,
    private readonly refresh: () => Promise<void>,
  ) {}

  getState = (): BitextImportState => this.store.getState();
  subscribe = (listener: () => void): (() => void) => this.store.subscribe(listener);
  private get state(): BitextImportState {
    return this.store.getState();
  }
  private set(state: BitextImportState): void {
    this.store.replace(state);
  }

  private last: { name: string; read: () => Promise<string>; size?: number } | null = null;

  /** Opens the last file again with other choices (the earlier documents stay: undo or remove them). */
  async reopen(options: BitextOpenOptions): Promise<BitextImportState> {
    if (!this.last) return this.state;
    return this.open(this.last.name, this.last.read, this.last.size, options);
  }

  get canReopen(): boolean {
    return this.last !== null;
  }

  get busy(): boolean {
    return this.state.state === 'reading';
  }

  /** Reads (`read` gives the file as base64), imports and refreshes; one file at a time. */
  async open(name: string, read: () => Promise<string>, size?: number, options: BitextOpenOptions = {}): Promise<BitextImportState> {
    if (this.busy) return this.state;
    if (!isBitextName(name)) {
      this.set({ state: 'wrongType', name });
      return this.state;
    }
    // Over the upload contract's limit: refused here, with the server's own error code.
    if (size !== undefined && base64Length(size) > MAX_FILE_BASE64) {
      this.set({ state: 'failed', name, error: new ApiCallError({ code: 'import.tooLarge', params: { size, limit: IMPORT_LIMIT_BYTES } }) });
      return this.state;
    }
    this.set({ state: 'reading', name });
    try {
      const dataBase64 = await read();
      this.last = { name, read: async () => dataBase64, ...(size !== undefined ? { size } : {}) };
      // Only TMX holds more than two languages; asking before the import leaves nothing to undo.
      if (!options.languages && /\.tmx$/i.test(name)) {
        const probe = await this.inspect(name, dataBase64);
        if (probe && probe.languagesFound.length > 2) {
          this.set({ state: 'choose', name, languagesFound: probe.languagesFound, languages: probe.languages });
          return this.state;
        }
      }
      const report = await this.bridge.call('importBitext', { name, dataBase64, ...options });
      this.set({ state: 'done', name, report });
      await this.refresh();
    } catch (error) {
      this.set({ state: 'failed', name, error });
    }
    return this.state;
  }

  /** The two languages picked for the file that asked (state 'choose'). */
  async choose(languages: [string, string]): Promise<BitextImportState> {
    if (this.state.state !== 'choose' || !this.last) return this.state;
    this.set({ state: 'idle' });
    return this.reopen({ languages });
  }

  /** What the file holds, or null when it cannot be read: the import then says why. */
  private async inspect(name: string, dataBase64: string): Promise<{ languagesFound: string[]; languages: [string, string] } | null> {
    try {
      const r = await this.bridge.call('inspectBitext', { name, dataBase64 });
      return { languagesFound: r.languagesFound, languages: r.languages };
    } catch {
      return null;
    }
  }

  dismiss(): void {
    if (!this.busy) this.set({ state: 'idle' });
  }
}

const sessions = new WeakMap<Bridge, BitextImportSession>();

export function bitextSessionFor(bridge: Bridge, refresh: () => Promise<void>): BitextImportSession {
  let s = sessions.get(bridge);
  if (!s) {
    s = new BitextImportSession(bridge, refresh);
    sessions.set(bridge, s);
  }
  return s;
}
