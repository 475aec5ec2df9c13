// Electron front: the preload script's `window.workbench`; results come back as Result objects
// because Electron keeps only the message of an error thrown across IPC.
import type { Result } from '../../shared/api/contract.js';
import { ApiCallError, type Bridge, type PreloadApi } from './types.js';

export function createElectronBridge(api: PreloadApi): Bridge {
  return {
    kind: 'electron',
    async call(method, input) {
      const fn = api[method] as (i: unknown) => Promise<unknown>;
      const r = (await fn(input)) as Result<unknown>;
      if (!r.ok) throw new ApiCallError(r.error);
      return r.value as never;
    },
    // IPC delivers from the moment of subscribing: open at once.
    onEvent: (cb, _onLost, onOpen) => {
      const stop = api.onEvent(cb);
      onOpen?.();
      return stop;
    },
    pathForFile: (f) => api.getPathForFile(f),
  };
}
