import type { ApiError } from '../../shared/api/errors.js';
import type { ApiInput, ApiMethod, ApiOutputs, WorkbenchEvent } from '../../shared/api/contract.js';

/** What the preload script exposes as `window.workbench` (one function per API method). */
export type PreloadApi = {
  [M in ApiMethod]: (input: ApiInput<M>) => Promise<unknown>;
} & {
  onEvent(cb: (e: WorkbenchEvent) => void): () => void;
  /** Electron's webUtils.getPathForFile, for drops: main re-validates every path. */
  getPathForFile(file: File): string;
};

/** The renderer's single way to reach the core, whichever front it runs in. */
export interface Bridge {
  kind: 'electron' | 'http';
  call<M extends ApiMethod>(method: M, input: ApiInput<M>): Promise<ApiOutputs[M]>;
  /**
   * onLost: the event stream ended for good (the server restarted with a new token, or stopped).
   * onOpen: the stream delivers events (again); what happened while it did not is not told.
   */
  onEvent(cb: (e: WorkbenchEvent) => void, onLost?: () => void, onOpen?: () => void): () => void;
  /** Electron only: the filesystem path of a dropped File. */
  pathForFile?: (file: File) => string;
}

export class ApiCallError extends Error {
  readonly error: ApiError;
  constructor(error: ApiError) {
    super(error.detail ?? error.code);
    this.error = error;
  }
}
