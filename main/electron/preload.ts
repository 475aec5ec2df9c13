// Sandboxed preload (bundled to one CommonJS file). Exposes one function per API method and
// nothing of Electron itself: no ipcRenderer, no generic send/invoke.
import { contextBridge, ipcRenderer, webUtils, type IpcRendererEvent } from 'electron';
import { API_METHODS, IPC_EVENT_CHANNEL, ipcChannel, type WorkbenchEvent } from '../../shared/api/contract.js';
import { DROP_CHANNEL } from '../security/drop-registry.js';

const api: Record<string, unknown> = {};
for (const m of API_METHODS) {
  api[m] = (input: unknown) => ipcRenderer.invoke(ipcChannel(m), input);
}
api.onEvent = (cb: (e: WorkbenchEvent) => void) => {
  const listener = (_e: IpcRendererEvent, payload: WorkbenchEvent) => cb(payload);
  ipcRenderer.on(IPC_EVENT_CHANNEL, listener);
  return () => ipcRenderer.removeListener(IPC_EVENT_CHANNEL, listener);
};
// File.path is gone since Electron 32; main re-validates whatever path this returns.
api.getPathForFile = (file: File) => webUtils.getPathForFile(file);

// Main accepts importDropped only for paths seen here in a real drop: a trusted event (a page
// script cannot dispatch one with files it was not given). Capture phase, so this runs before
// the page's own handler asks main to import; IPC keeps the order.
// (main/ is type-checked without the DOM library: the little of it used here is declared.)
interface TrustedDrop {
  isTrusted: boolean;
  dataTransfer: { files: ArrayLike<File> } | null;
}
const page = globalThis as unknown as { addEventListener(type: 'drop', listener: (e: TrustedDrop) => void, capture: boolean): void };
page.addEventListener(
  'drop',
  (event) => {
    if (!event.isTrusted || !event.dataTransfer) return;
    const paths = Array.from(event.dataTransfer.files, (f) => webUtils.getPathForFile(f)).filter((p) => p !== '');
    if (paths.length) ipcRenderer.send(DROP_CHANNEL, paths);
  },
  true,
);

contextBridge.exposeInMainWorld('workbench', Object.freeze(api));
