import { createElectronBridge } from './electron-bridge.js';
import { createHttpBridge, takeToken } from './http-bridge.js';
import type { Bridge, PreloadApi } from './types.js';

export type { Bridge } from './types.js';
export { ApiCallError } from './types.js';

/** Picks the front the renderer runs in: Electron's preload API if present, else the HTTP bridge. */
export function connectBridge(): Bridge {
  const preload = (window as unknown as { workbench?: PreloadApi }).workbench;
  if (preload) return createElectronBridge(preload);
  const token = takeToken(window.location, window.sessionStorage, window.history);
  if (!token) throw new Error('missing-token');
  return createHttpBridge(window.location.origin, token);
}
